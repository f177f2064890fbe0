// A whole-module move onto a directory of modules without a module of its own: a JS directory
// without an index (`@/old` → `@/new`, the way Next.js apps lay out `components/`) and its twin, a
// Python namespace package (a directory without `__init__.py`). One policy in both languages: the
// target exists (verify passes, so `run --apply` is not refused), the modules below follow the
// move, and one the target directory lacks stays with a manual finding (JS re-pointed it at
// nothing before) and is a consumer-gap for verify; a name imported from the directory itself is
// one the directory cannot provide in JS (no index).
import fs from 'node:fs';
import path from 'node:path';
import { runInRepo } from '../helpers/run-cli';
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';

afterAll(cleanupTempDirs);

test('JS: a directory without an index is a target; what it lacks is manual, and verify names it', async () => {
  const repo = makeTempRepo({
    'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } }),
    'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: '@/old', to: '@/new' }] } }),
    'src/old/a.ts': 'export const a = 1;\n',
    'src/old/gone.ts': 'export const g = 1;\n',
    'src/new/a.ts': 'export const a = 1;\n',
    'src/app/x.ts': "import { a } from '../old/a';\nimport { g } from '@/old/gone';\nexport const c = a + g;\n",
  });
  const verify = await runInRepo(repo, 'verify');
  expect(verify.stdout).not.toContain('missing-canonical-module');
  expect(verify.stdout).toContain('error: consumer-gap: $.javascript.moves[0]: @/old/gone (src/old/gone.ts) is imported by 1 file (src/app/x.ts:2), but @/new has no module gone');
  expect(verify.code).toBe(1);

  // Run's gate (the manifest check, no consumer census) passes: the run writes, and leaves the gap for a human.
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  expect(fs.readFileSync(path.join(repo, 'src/app/x.ts'), 'utf8')).toBe("import { a } from '../new/a';\nimport { g } from '@/old/gone';\nexport const c = a + g;\n");
  expect(run.stdout).toContain('manual src/app/x.ts:2:1: @/old → @/new: @/new does not provide gone: import it from where it lives now, or add a move for it');
});

test('JS: a name imported from a legacy index is manual when the target directory has no index, and an api-gap for verify', async () => {
  const repo = makeTempRepo({
    'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } }),
    'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: '@/old', to: '@/new' }] } }),
    'src/old/index.ts': 'export const top = 1;\n',
    'src/old/a.ts': 'export const a = 1;\n',
    'src/new/a.ts': 'export const a = 1;\n',
    'src/app/x.ts': "import { top } from '@/old';\nimport { a } from '@/old/a';\nimport '@/old';\njest.mock('@/old');\nexport const c = top + a;\n",
  });
  const verify = await runInRepo(repo, 'verify');
  expect(verify.stdout).toContain('error: api-gap: $.javascript.moves[0]: top is provided by legacy src/old/index.ts but not by canonical src/new/');
  const run = await runInRepo(repo, 'run', '--no-verify', '--no-color');
  expect(run.stdout).toContain("+import { a } from '@/new/a';");
  // The directory itself loads nothing: every reference to it stays, whatever its form.
  const reason = '@/new is a directory without an index module, so nothing can load it as a module: import what is needed from the modules below it, by hand';
  for (const at of ['1:1', '3:1', '4:1']) expect(run.stdout).toContain(`manual src/app/x.ts:${at}: @/old → @/new: ${reason}`);
});

test('Python: a namespace package is a target; a submodule it lacks is manual, and verify names it', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'pkg.old', to: 'pkg.new' }] } }),
    'pkg/__init__.py': '',
    'pkg/old/a.py': 'A = 1\n',
    'pkg/old/gone.py': 'G = 1\n',
    'pkg/new/a.py': 'A = 1\n',
    'x.py': 'from pkg.old.a import A\nimport pkg.old.a\nfrom pkg.old.gone import G\n',
  });
  const verify = await runInRepo(repo, 'verify');
  expect(verify.stdout).not.toContain('missing-canonical-module');
  expect(verify.stdout).toContain('error: consumer-gap: $.python.moves[0]: gone is imported from legacy pkg/old/gone.py by 1 file (x.py:3), but canonical pkg/new/ does not provide it');
  expect(verify.code).toBe(1);
  const run = await runInRepo(repo, 'run', '--apply', '--no-verify', '--no-color');
  expect(run.code).toBe(0);
  expect(fs.readFileSync(path.join(repo, 'x.py'), 'utf8')).toBe('from pkg.new.a import A\nimport pkg.new.a\nfrom pkg.old.gone import G\n');
  expect(run.stdout).toContain('manual x.py:3:1: pkg.old → pkg.new: pkg.new does not provide gone');
});

test('both languages: with nothing lacking, verify passes and run --apply is not refused', async () => {
  const repo = makeTempRepo({
    'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } }),
    'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'pkg.old', to: 'pkg.new' }] }, javascript: { moves: [{ from: '@/old', to: '@/new' }] } }),
    'pkg/__init__.py': '',
    'pkg/old/a.py': 'A = 1\n',
    'pkg/new/a.py': 'A = 1\n',
    'x.py': 'from pkg.old.a import A\n',
    'src/old/a.ts': 'export const a = 1;\n',
    'src/new/a.ts': 'export const a = 1;\n',
    'src/app/x.ts': "import { a } from '@/old/a';\nexport const c = a;\n",
  });
  const verify = await runInRepo(repo, 'verify');
  expect(verify.code).toBe(0);
  expect(verify.stderr).toContain('verify passed: 2 moves match the code.');
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  expect(fs.readFileSync(path.join(repo, 'x.py'), 'utf8')).toBe('from pkg.new.a import A\n');
  expect(fs.readFileSync(path.join(repo, 'src/app/x.ts'), 'utf8')).toBe("import { a } from '@/new/a';\nexport const c = a;\n");
});
