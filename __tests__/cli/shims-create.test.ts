// shims --create: a legacy module already moved away with git mv gets a shim written at its old
// place (Python: the canonical module's names, private ones included, with the DeprecationWarning;
// JS: a re-export spelled as the project spells relative imports), so imports from outside the
// repository keep working until prune. Without the flag the gone module is only reported.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';
import { runInRepo } from '../helpers/run-cli';

afterAll(cleanupTempDirs);

const manifest = JSON.stringify({
  python: { roots: ['src'], moves: [{ from: 'app.escape', to: 'app.text.escape' }, { from: 'app.never', to: 'app.text.escape' }, { from: 'app.flow', to: 'app.flows' }] },
  javascript: { moves: [{ from: './web/utils/error.js', to: './web/utils/errors/index.js' }] },
});

const files = {
  'ssot-codemod.json': manifest,
  'src/app/__init__.py': '',
  'src/app/text/__init__.py': '',
  'src/app/flows/__init__.py': 'from app.flows.maxflow import maximum_flow\n',
  'src/app/flows/maxflow.py': 'def maximum_flow():\n    return 1\n',
  'src/app/text/escape.py': '__all__ = ["utf8"]\n\n\ndef utf8(s):\n    return s.encode()\n\n\ndef _unicode(b):\n    return b.decode()\n',
  'web/package.json': '{ "type": "module" }\n',
  'web/utils/errors/index.js': "import { s } from '../misc.js';\nexport const stackless = (m) => s(m);\n",
  'web/utils/misc.js': 'export const s = JSON.stringify;\n',
};

test('without --create a gone legacy module is reported with the flag that would shim it; nothing is written', async () => {
  const repo = makeTempRepo(files);
  const dry = await runInRepo(repo, 'shims', '--apply');
  expect(dry.stderr).toContain('skip app.escape: the legacy module does not exist; nothing to shim (--create writes one at its old place');
  expect(fs.existsSync(path.join(repo, 'src/app/escape.py'))).toBe(false);
});

test('--create --apply writes both shims: Python with every name of the canonical module, JS in the package\'s ESM spelling', async () => {
  const repo = makeTempRepo(files);
  const applied = await runInRepo(repo, 'shims', '--create', '--apply');
  expect(applied.code).toBe(0);
  expect(applied.stderr).toContain('shim src/app/escape.py (new file: the legacy module was gone): re-exports app.text.escape\n');
  // Over a package, the shim is one module, and says what it cannot give back.
  expect(applied.stderr).toContain('shim src/app/flow.py (new file: the legacy module was gone): re-exports app.flows (app.flows is a package, the shim one module: modules below the old path (app.flow.<sub>), if it had any, stay gone)');
  const py = fs.readFileSync(path.join(repo, 'src/app/escape.py'), 'utf8');
  expect(py).toContain('from app.text.escape import (  # noqa: E402,F401\n    utf8,\n    _unicode,\n)');
  expect(py).toContain('__all__ = [\n    "utf8",\n]');
  expect(fs.readFileSync(path.join(repo, 'web/utils/error.js'), 'utf8')).toContain("export * from './errors/index.js';");
  // --create cannot tell a module moved away from one this tree never had (app.never, imports broken today): both get a shim, which is why it is opt-in.
  expect(fs.existsSync(path.join(repo, 'src/app/never.py'))).toBe(true);
  // The shims run: Python warns and provides the private name, Node loads the ESM re-export.
  const python = spawnSync('python3', ['-W', 'always', '-c', 'from app.escape import _unicode, utf8; print(_unicode(utf8("x")))'], { cwd: path.join(repo, 'src'), encoding: 'utf8' });
  expect(python.stdout.trim()).toBe('x');
  expect(python.stderr).toContain('DeprecationWarning: app.escape is deprecated; import from app.text.escape instead');
  const node = spawnSync(process.execPath, ['--input-type=module', '-e', "import('./web/utils/error.js').then((m) => console.log(m.stackless('y')))"], { cwd: repo, encoding: 'utf8' });
  expect(node.stdout.trim()).toBe('"y"');
  // Nothing in the repository imports the old paths: prune would take the shims again.
  expect((await runInRepo(repo, 'prune')).stdout).toContain('delete web/utils/error.js');
});
