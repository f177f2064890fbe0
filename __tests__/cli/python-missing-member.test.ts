// A whole-module Python move whose target lacks a name that code reaches through the module
// (`m.Gone` after `import pkg.old as m`, `old.Gone` after `from pkg import old`, `pkg.old.Gone`):
// re-pointed, that use would break, so the import stays with a manual finding, as a from-import of
// such a name does; uses of provided names are rewritten as usual. (Under --no-verify: verify's
// api-gap reports the gap before a run.)
import fs from 'node:fs';
import path from 'node:path';
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';
import { runInRepo } from '../helpers/run-cli';

afterAll(cleanupTempDirs);

const files = {
  'ssot-codemod.json': JSON.stringify({ python: { roots: ['.'], moves: [{ from: 'pkg.old', to: 'pkg.new' }] } }),
  'pkg/__init__.py': '',
  'pkg/old.py': 'class Old: pass\nclass Gone: pass\n',
  'pkg/new.py': 'class Old: pass\n',
  'app/__init__.py': '',
  'app/aliased.py': 'import pkg.old as m\nprint(m.Old, m.Gone)\n',
  'app/from_module.py': 'from pkg import old\nprint(old.Gone)\n',
  'app/chain.py': 'import pkg.old\nprint(pkg.old.Gone)\n',
  'app/served.py': 'import pkg.old as m\nfrom pkg import old\nprint(m.Old, old.Old)\n',
};

test('imports whose module uses take a name the target lacks stay, each a manual finding; the rest move', async () => {
  const repo = makeTempRepo(files);
  const run = await runInRepo(repo, 'run', '--apply', '--no-verify', '--no-color');
  expect(run.code).toBe(0);
  const read = (rel: string) => fs.readFileSync(path.join(repo, rel), 'utf8');
  for (const rel of ['app/aliased.py', 'app/from_module.py', 'app/chain.py']) expect(read(rel)).toBe(files[rel as keyof typeof files]);
  expect(run.stdout).toContain('manual app/aliased.py:1:1: pkg.old → pkg.new: pkg.new does not provide Gone, which `m.Gone` uses: import it from where it lives now, or add a move for it');
  expect(run.stdout).toContain('manual app/from_module.py:1:1: pkg.old → pkg.new: pkg.new does not provide Gone, which `old.Gone` uses');
  expect(run.stdout).toContain('manual app/chain.py:1:1: pkg.old → pkg.new: pkg.new does not provide Gone, which `pkg.old.Gone` uses');
  expect(read('app/served.py')).toBe('import pkg.new as m\nfrom pkg import new\nprint(m.Old, new.Old)\n');
});

test('a module object’s own attributes (__name__, __doc__, __dict__…) are never missing: rewritten, and verify does not warn', async () => {
  const repo = makeTempRepo({
    ...files,
    'app/dunders.py': 'import pkg.old as m\nfrom pkg.old import __name__ as nm\nprint(m.__doc__, m.__file__, m.__dict__, m.__spec__, m.Old, nm)\n',
  });
  const verify = await runInRepo(repo, 'verify', '--format', 'json');
  const warnings = (JSON.parse(verify.stdout) as { warnings: { symbol?: string }[] }).warnings;
  expect(warnings.map((w) => w.symbol).filter((s) => s?.startsWith('__'))).toEqual([]);
  const run = await runInRepo(repo, 'run', '--apply', '--no-verify', '--no-color');
  expect(run.code).toBe(0);
  expect(fs.readFileSync(path.join(repo, 'app/dunders.py'), 'utf8')).toBe(
    'import pkg.new as m\nfrom pkg.new import __name__ as nm\nprint(m.__doc__, m.__file__, m.__dict__, m.__spec__, m.Old, nm)\n',
  );
  expect(run.stdout).not.toContain('manual app/dunders.py');
});
