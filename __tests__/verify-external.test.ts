// The gate knows the outside world: canonical modules outside the repository are resolved, not
// guessed. Python asks the project's interpreter (stdlib, a package on PYTHONPATH, a typo refused
// with the interpreter named, no interpreter → a warning); JS resolves packages through node_modules
// (lodash → lodash-es with and without it installed). One severity vocabulary: the same finding is
// an error in verify, in a dry run and in front of --apply, and only errors refuse --apply.
import fs from 'node:fs';
import path from 'node:path';
import { main } from '../src/cli/main';
import { installedPackage } from './helpers/installed-packages';
import { runInRepo } from './helpers/run-cli';
import { captureOutput, cleanupTempDirs, git, makeTempDir, makeTempRepo } from './helpers/temp-repo';

afterAll(cleanupTempDirs);

const manifest = (moves: object[], extra: object = {}) => JSON.stringify({ python: { moves, ...extra } });
const read = (root: string, rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');

const MOCK_USER = 'import mock\nfrom mock import patch\n\n\ndef test_it():\n    with mock.patch("os.getcwd"):\n        patch("os.sep")\n';

describe('Python modules outside the repository', () => {
  test('mock → unittest.mock passes the gate and applies', async () => {
    const repo = makeTempRepo({ 'ssot-codemod.json': manifest([{ from: 'mock', to: 'unittest.mock' }]), 'tests/test_a.py': MOCK_USER });
    const verify = await runInRepo(repo, 'verify');
    expect(verify).toMatchObject({ code: 0, stdout: '' });
    expect(verify.stderr).toContain('verify passed: 1 move matches the code.');
    const apply = await runInRepo(repo, 'run', '--apply');
    expect(apply.stderr).toBe('');
    expect(apply.code).toBe(0);
    // A single-name module binding whose canonical module is dotted keeps its uses byte-identical (issue 12, rule 4).
    expect(read(repo, 'tests/test_a.py')).toBe('from unittest import mock\nfrom unittest.mock import patch\n\n\ndef test_it():\n    with mock.patch("os.getcwd"):\n        patch("os.sep")\n');
  });

  test('a typo in an outside module is an error that names the interpreter, in verify, in a dry run and in front of --apply', async () => {
    const repo = makeTempRepo({ 'ssot-codemod.json': manifest([{ from: 'mock', to: 'unittest.mocks' }]), 'tests/test_a.py': MOCK_USER });
    const verify = await runInRepo(repo, 'verify');
    expect(verify.code).toBe(1);
    expect(verify.stdout).toMatch(/^error: missing-canonical-module: \$\.python\.moves\[0\]: canonical module unittest\.mocks is neither in the repository \(.*\) nor importable by python3 \(.*Python 3\.\d+\.\d+\); fix the "to" of the move/);
    const dry = await runInRepo(repo, 'run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^error: missing-canonical-module: /);
    expect(dry.stdout).not.toContain('warning: missing-canonical-module');
    const apply = await runInRepo(repo, 'run', '--apply');
    expect(apply.code).toBe(2);
    expect(apply.stderr).toMatch(/^error: missing-canonical-module: .*\nssot-codemod: safety error: verify found 1 error \(listed above, each with its fix\)/);
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });

  test('a package installed in a site-packages folder on PYTHONPATH is found; --import checks the moved names', async () => {
    const sitePackages = makeTempDir({ 'extlib/__init__.py': '', 'extlib/logs.py': 'def log(message):\n    print(message)\n' });
    const files = {
      'app/__init__.py': '',
      'app/oldlog.py': 'def log(message):\n    pass\n\n\ndef other():\n    pass\n',
      'app/main.py': 'from app.oldlog import log, other\n\nlog("hi")\n',
    };
    const repo = makeTempRepo({ ...files, 'ssot-codemod.json': manifest([{ from: 'app.oldlog:log', to: 'extlib.logs:log' }]) });
    const saved = process.env.PYTHONPATH;
    try {
      delete process.env.PYTHONPATH;
      const without = await runInRepo(repo, 'verify');
      expect(without.code).toBe(1);
      expect(without.stdout).toContain('canonical module extlib.logs is neither in the repository');

      process.env.PYTHONPATH = sitePackages;
      const found = await runInRepo(repo, 'verify');
      expect(found.code).toBe(0);
      // Checking the name would mean importing the module, which runs its code: not by default.
      expect(found.stdout).toMatch(/^warning: unchecked-symbol: \$\.python\.moves\[0\]: log was not checked in extlib\.logs: .*ssot-codemod verify --import/);
      const imported = await runInRepo(repo, 'verify', '--import');
      expect(imported).toMatchObject({ code: 0, stdout: '' });

      const typo = makeTempRepo({ ...files, 'ssot-codemod.json': manifest([{ from: 'app.oldlog:log', to: 'extlib.logs:logg' }]) });
      const refused = await runInRepo(typo, 'verify', '--import');
      expect(refused.code).toBe(1);
      expect(refused.stdout).toMatch(/^error: missing-symbol: \$\.python\.moves\[0\]: logg is not an attribute of extlib\.logs as imported by python3/);

      const apply = await runInRepo(repo, 'run', '--apply');
      expect(apply.code).toBe(0);
      expect(read(repo, 'app/main.py')).toBe('from app.oldlog import other\nfrom extlib.logs import log\n\nlog("hi")\n');
    } finally {
      if (saved === undefined) delete process.env.PYTHONPATH;
      else process.env.PYTHONPATH = saved;
    }
  });

  test('no interpreter: a warning that the check was skipped (warnings never refuse --apply); a named one that cannot run is an error', async () => {
    const repo = makeTempRepo({ 'ssot-codemod.json': manifest([{ from: 'mock', to: 'unittest.mock' }]), 'tests/test_a.py': MOCK_USER });
    const stdout = captureOutput();
    const stderr = captureOutput();
    const code = await main(['run', '--apply', '--root', repo], { stdout, stderr, cwd: repo, python: '/nonexistent/python3' });
    expect(code).toBe(0);
    expect(stderr.text()).toMatch(/^warning: unchecked-module: \$\.python\.moves\[0\]: canonical module unittest\.mock is not in the repository, and \/nonexistent\/python3 \(not found\) could not be asked whether it is installed, so that check was skipped; put python3 on PATH or pass --python PATH/);
    expect(read(repo, 'tests/test_a.py')).toContain('from unittest import mock\n');

    const named = await runInRepo(repo, 'verify', '--python', 'no/such/python');
    expect(named.code).toBe(1);
    expect(named.stdout).toContain(`error: python-interpreter: --python names ${path.join(repo, 'no/such/python')}, which cannot run (not found)`);
    const runNamed = await runInRepo(repo, 'run', '--python', 'no/such/python');
    expect(runNamed.stdout).toMatch(/^error: python-interpreter: --python names /);
  });

  test('the manifest may name the interpreter (python.interpreter, relative to the root); --python overrides it', async () => {
    const repo = makeTempRepo({
      'ssot-codemod.json': manifest([{ from: 'mock', to: 'unittest.mocks' }], { interpreter: 'tools/python' }),
      'tools/python': '#!/bin/sh\nexec python3 "$@"\n',
      'tests/test_a.py': MOCK_USER,
    });
    fs.chmodSync(path.join(repo, 'tools/python'), 0o755);
    const viaManifest = await runInRepo(repo, 'verify');
    expect(viaManifest.stdout).toContain(`nor importable by ${path.join(repo, 'tools/python')} (`);
    const viaFlag = await runInRepo(repo, 'verify', '--python', 'python3');
    expect(viaFlag.stdout).toContain('nor importable by python3 (');
  });
});

describe('JS packages outside the repository', () => {
  const LODASH_ES = {
    'node_modules/lodash-es/package.json': JSON.stringify({ name: 'lodash-es', version: '4.17.21', main: 'lodash.js', type: 'module' }),
    'node_modules/lodash-es/lodash.js': "export { default as chunk } from './chunk.js';\nexport { default } from './lodash.default.js';\n",
    'node_modules/lodash-es/chunk.js': 'function chunk(array, size) { return [array]; }\nexport default chunk;\n',
    'node_modules/lodash-es/lodash.default.js': 'const _ = {};\nexport default _;\n',
  };
  const SOURCES = {
    '.gitignore': 'node_modules/\n',
    'src/a.ts': "import { chunk } from 'lodash';\nexport const x = chunk([1], 1);\n",
    'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: 'lodash', to: 'lodash-es' }, { from: 'lodash:chunk', to: 'lodash-es:chunk' }] } }),
  };

  test('lodash → lodash-es with node_modules/lodash-es: resolved, its names read, and applied', async () => {
    const repo = makeTempRepo({ ...SOURCES, ...LODASH_ES });
    expect(await runInRepo(repo, 'verify')).toMatchObject({ code: 0, stdout: '' });
    const apply = await runInRepo(repo, 'run', '--apply');
    expect(apply.code).toBe(0);
    expect(read(repo, 'src/a.ts')).toBe("import { chunk } from 'lodash-es';\nexport const x = chunk([1], 1);\n");
    const typo = makeTempRepo({ ...SOURCES, ...LODASH_ES, 'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: 'lodash:chunk', to: 'lodash-es:chunks' }] } }) });
    expect((await runInRepo(typo, 'verify')).stdout).toMatch(/^error: missing-symbol: \$\.javascript\.moves\[0\]: chunks is not provided by node_modules\/lodash-es\/lodash\.js .*the installed package lodash-es does not export chunks/);
  });

  test('lodash → lodash-es without node_modules/lodash-es: an error naming the fix, or a warning when package.json declares it', async () => {
    const bare = makeTempRepo(SOURCES);
    const missing = await runInRepo(bare, 'verify');
    expect(missing.code).toBe(1);
    // Both moves name the same missing package: one line names both.
    expect(missing.stdout).toContain('error: missing-canonical-module: $.javascript.moves[0], $.javascript.moves[1]: package lodash-es is neither installed (no node_modules/lodash-es from the root upwards) nor declared in a package.json; install it (npm i lodash-es) or fix the "to" of the move.');
    expect((await runInRepo(bare, 'run', '--apply')).code).toBe(2);

    const declared = makeTempRepo({ ...SOURCES, 'package.json': JSON.stringify({ name: 'app', dependencies: { 'lodash-es': '^4.17.21' } }) });
    const warned = await runInRepo(declared, 'verify');
    expect(warned.code).toBe(0);
    expect(warned.stdout).toMatch(/^warning: unchecked-module: \$\.javascript\.moves\[0\], \$\.javascript\.moves\[1\]: package lodash-es is declared in .*package\.json but not installed .*; run npm install \(or npm ci\) to check it\./);
    const apply = await runInRepo(declared, 'run', '--apply');
    expect(apply.code).toBe(0);
    expect(read(declared, 'src/a.ts')).toContain("from 'lodash-es'");
  });

  test('a package subpath its exports do not offer is an error; a Node built-in is found', async () => {
    const pkg = { 'node_modules/new-lib/package.json': JSON.stringify({ name: 'new-lib', exports: { '.': './index.js' } }), 'node_modules/new-lib/index.js': 'export const a = 1;\n' };
    const repo = makeTempRepo({ ...pkg, 'a.ts': "import { a } from 'old-lib/x';\nimport fs from 'fs-extra';\n", 'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: 'old-lib/x', to: 'new-lib/x' }, { from: 'fs-extra', to: 'node:fs' }] } }) });
    const run = await runInRepo(repo, 'verify');
    expect(run.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^error: missing-canonical-module: \$\.javascript\.moves\[0\]: package new-lib is installed \(.*\) but new-lib\/x does not resolve: its package.json "exports" offers no "\.\/x"; fix the "to" of the move\.$/),
    ]);
  });
});

test('a CommonJS canonical module is an API: a move onto a .cjs file passes and is applied with its extension', async () => {
  const repo = makeTempRepo({
    'src/lib/logger.cjs': 'function log(m) { console.log(m); }\nfunction warn(m) {}\nmodule.exports = { log, warn };\n',
    'src/lib/old-logger.js': 'exports.log = function (m) {};\n',
    'src/app.js': "const { log } = require('./lib/old-logger');\nlog('x');\n",
    'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: './src/lib/old-logger.js:log', to: './src/lib/logger.cjs:log' }, { from: './src/lib/old-logger.js:warn', to: './src/lib/logger.cjs:warnn' }] } }),
  });
  const verify = await runInRepo(repo, 'verify');
  expect(verify.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^error: missing-symbol: \$\.javascript\.moves\[1\]: warnn is not provided by src\/lib\/logger\.cjs/)]);
  fs.writeFileSync(path.join(repo, 'ssot-codemod.json'), JSON.stringify({ javascript: { moves: [{ from: './src/lib/old-logger.js:log', to: './src/lib/logger.cjs:log' }] } }));
  git(repo, 'commit', '-qam', 'manifest');
  expect(await runInRepo(repo, 'verify')).toMatchObject({ code: 0, stdout: '' });
  expect((await runInRepo(repo, 'run', '--apply')).code).toBe(0);
  expect(read(repo, 'src/app.js')).toBe("const { log } = require('./lib/logger.cjs');\nlog('x');\n");
});

test('installedPackage helper packages resolve like real ones (sanity for the fixtures of other tests)', async () => {
  const repo = makeTempRepo({ ...installedPackage('core-lib', ['a']), 'a.ts': "import { a } from 'legacy-lib';\n", 'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: 'legacy-lib:a', to: 'core-lib:b' }] } }) });
  expect((await runInRepo(repo, 'verify')).stdout).toMatch(/^error: missing-symbol: .* b is not provided by node_modules\/core-lib\/index\.js/);
});

test('export * chains are followed through resolved files: declaration files, packages, CommonJS re-exports', async () => {
  const repo = makeTempRepo({
    'web/index.ts': "export * from './types';\nexport * from 'ui-kit';\nexport * from './legacy-cjs';\n",
    'web/types.d.ts': 'export interface Props { a: number }\n',
    'web/legacy-cjs.js': "module.exports = require('./impl.cjs');\n",
    'web/impl.cjs': 'exports.helper = function () {};\n',
    'node_modules/ui-kit/package.json': JSON.stringify({ name: 'ui-kit', types: 'dist/index.d.ts', main: 'dist/index.js' }),
    'node_modules/ui-kit/dist/index.d.ts': "export * from './button';\n",
    'node_modules/ui-kit/dist/button.d.ts': 'export declare const Button: unknown;\n',
    'web/app.ts': "import { Button, helper, type Props } from './old';\n",
    'web/old.ts': 'export const Button = 1;\nexport const helper = 2;\nexport interface Props { a: number }\n',
    'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: './web/old.ts', to: './web/index.ts' }, { from: './web/old.ts:Nope', to: './web/index.ts:Nope' }] } }),
  });
  const run = await runInRepo(repo, 'verify');
  expect(run.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^error: missing-symbol: \$\.javascript\.moves\[1\]: Nope is not provided by web\/index\.ts/)]);
});
