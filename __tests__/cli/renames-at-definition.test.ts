// A rename in place named on a barrel that only re-exports the name (excalidraw's
// `@excalidraw/common:throttleRAF` → `…:throttleAnimationFrame`, defined in common/src/utils.ts):
// the file that defines it was renamed too, so its own importers (`import { throttleRAF } from
// './utils'` in utils.test.ts) follow the same rename, in both languages; the barrel's `export *` /
// `from .utils import *` carries the new name and is no manual finding.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runInRepo } from '../helpers/run-cli';
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';

afterAll(cleanupTempDirs);

const read = (repo: string, file: string) => fs.readFileSync(path.join(repo, file), 'utf8');

test('JS: importers of the defining file follow the barrel rename; the barrel re-exports it as it is', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: './src/lib/index.ts:throttleRAF', to: './src/lib/index.ts:throttleAnimationFrame' }] } }),
    'src/lib/index.ts': "export * from './utils';\n",
    'src/lib/utils.ts': 'export const throttleAnimationFrame = (f: () => void) => f;\nexport const other = 1;\n',
    'src/app.ts': "import { throttleRAF } from './lib';\nexport const a = throttleRAF(() => {});\n",
    'src/lib/utils.test.ts': "import { throttleRAF, other } from './utils';\nexport const b = [throttleRAF, other];\n",
  });
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  expect(run.stdout).not.toMatch(/^\s+manual /m);
  expect(read(repo, 'src/app.ts')).toBe("import { throttleAnimationFrame } from './lib';\nexport const a = throttleAnimationFrame(() => {});\n");
  expect(read(repo, 'src/lib/utils.test.ts')).toBe("import { throttleAnimationFrame, other } from './utils';\nexport const b = [throttleAnimationFrame, other];\n");
  expect(read(repo, 'src/lib/index.ts')).toBe("export * from './utils';\n");
  expect((await runInRepo(repo, 'run', '--no-color')).stdout).toContain('0 changed');
});

test('Python: importers of the defining module follow the package rename; the star import stays', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'pkg:old', to: 'pkg:new' }] } }),
    'pkg/__init__.py': 'from .utils import *\n',
    'pkg/utils.py': 'def new():\n    return 1\n',
    'app.py': 'from pkg import old\nprint(old())\n',
    'check_utils.py': 'from pkg.utils import old\nprint(old() + 1)\n',
  });
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  expect(run.stdout).not.toMatch(/^\s+manual /m);
  expect(read(repo, 'app.py')).toBe('from pkg import new\nprint(new())\n');
  expect(read(repo, 'check_utils.py')).toBe('from pkg.utils import new\nprint(new() + 1)\n');
  expect(read(repo, 'pkg/__init__.py')).toBe('from .utils import *\n');
  expect(execFileSync('python3', ['app.py'], { cwd: repo, encoding: 'utf8' })).toBe('1\n');
  expect(execFileSync('python3', ['check_utils.py'], { cwd: repo, encoding: 'utf8' })).toBe('2\n');
});

// TanStack Query's barrel names each export (`export { hashKey, … } from './utils'`): the run renames
// that re-export with its importers, so the manifest check counts the new name as provided, and the
// barrel is rewritten in both languages (a module only renamed in place is no shim to leave alone).
test('a barrel that re-exports the name explicitly is renamed with it, and run --apply passes the manifest check', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({
      python: { moves: [{ from: 'pkg:old', to: 'pkg:new' }] },
      javascript: { moves: [{ from: './src/lib/index.ts:throttleRAF', to: './src/lib/index.ts:throttleAnimationFrame' }] },
    }),
    'pkg/__init__.py': 'from .utils import old\n',
    'pkg/utils.py': 'def new():\n    return 1\n',
    'app.py': 'from pkg import old\nprint(old())\n',
    'src/lib/index.ts': "export { throttleRAF } from './utils';\n",
    'src/lib/utils.ts': 'export const throttleAnimationFrame = (f: () => void) => f;\n',
    'src/app.ts': "import { throttleRAF } from './lib';\nexport const a = throttleRAF(() => {});\n",
  });
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.stderr).not.toContain('error:');
  expect(run.code).toBe(0);
  expect(run.stdout).not.toMatch(/^\s+(manual|ignored) /m);
  expect(read(repo, 'pkg/__init__.py')).toBe('from .utils import new\n');
  expect(read(repo, 'app.py')).toBe('from pkg import new\nprint(new())\n');
  expect(read(repo, 'src/lib/index.ts')).toBe("export { throttleAnimationFrame } from './utils';\n");
  expect(read(repo, 'src/app.ts')).toBe("import { throttleAnimationFrame } from './lib';\nexport const a = throttleAnimationFrame(() => {});\n");
  expect(execFileSync('python3', ['app.py'], { cwd: repo, encoding: 'utf8' })).toBe('1\n');
});

test('a star re-export or import of the renamed module elsewhere is manual, and both languages say it was renamed in place', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({
      python: { moves: [{ from: 'pkg:old', to: 'pkg:new' }] },
      javascript: { moves: [{ from: './src/lib/index.ts:throttleRAF', to: './src/lib/index.ts:throttleAnimationFrame' }] },
    }),
    'pkg/__init__.py': 'def new():\n    return 1\n',
    'facade.py': 'from pkg import *\n',
    'src/lib/index.ts': 'export const throttleAnimationFrame = (f: () => void) => f;\n',
    'src/facade.ts': "export * from './lib';\n",
  });
  const run = await runInRepo(repo, 'run', '--no-color');
  expect(run.code).toBe(0);
  const manual = run.stdout.split('\n').filter((l) => /^\s+manual /.test(l));
  expect(manual).toHaveLength(2);
  expect(manual.find((l) => l.includes('facade.py'))).toContain('`import *` brings old from pkg as new now (renamed in place)');
  expect(manual.find((l) => l.includes('facade.ts'))).toContain('export * re-exports throttleRAF from ./src/lib/index.ts as throttleAnimationFrame now (renamed in place)');
  // One advice in both: the explicit binding that keeps the old name for the module's importers.
  expect(manual.find((l) => l.includes('facade.py'))).toContain('bind it explicitly here (from pkg import new as old)');
  expect(manual.find((l) => l.includes('facade.ts'))).toContain("bind it explicitly here (export { throttleAnimationFrame as throttleRAF } from './lib')");
});

test('binding the old name explicitly beside the star settles it, in both languages', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({
      python: { moves: [{ from: 'pkg:old', to: 'pkg:new' }] },
      javascript: { moves: [{ from: './src/lib/index.ts:throttleRAF', to: './src/lib/index.ts:throttleAnimationFrame' }] },
    }),
    'pkg/__init__.py': 'def new():\n    return 1\n',
    'facade.py': 'from pkg import *\nfrom pkg import new as old\n',
    'src/lib/index.ts': 'export const throttleAnimationFrame = (f: () => void) => f;\n',
    'src/facade.ts': "export * from './lib';\nexport { throttleAnimationFrame as throttleRAF } from './lib';\n",
  });
  const check = await runInRepo(repo, 'check', '--no-color');
  expect(check.stdout + check.stderr).not.toContain('manual');
  expect(check.code).toBe(0);
});

// tRPC: `@trpc/server` re-exports getTRPCErrorFromUnknown by name from unstable-core-do-not-import.ts,
// which `export *`s error/TRPCError.ts, where the rename was made; the adapters import it from the
// middle module. Every module on the way carries the new name after the run, so its importers follow.
test('modules between the barrel and the defining file follow the rename too, in both languages', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({
      python: { moves: [{ from: 'pkg:old', to: 'pkg:new' }] },
      javascript: { moves: [{ from: './src/lib/index.ts:toError', to: './src/lib/index.ts:toTRPCError' }] },
    }),
    'pkg/__init__.py': 'from .core import old\n',
    'pkg/core/__init__.py': 'from .error import *\n',
    'pkg/core/error.py': 'def new():\n    return 1\n',
    'adapter.py': 'from pkg.core import old\nprint(old())\n',
    'app.py': 'from pkg import old\nprint(old() + 1)\n',
    'src/lib/index.ts': "export { toError } from './core';\n",
    'src/lib/core.ts': "export * from './error';\n",
    'src/lib/error.ts': 'export function toTRPCError(cause: unknown): Error {\n  return new Error(String(cause));\n}\n',
    'src/adapter.ts': "import { toError } from './lib/core';\nexport const a = toError(1);\n",
    'src/app.ts': "import { toError } from './lib';\nexport const b = toError(2);\n",
  });
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(run.stdout).not.toMatch(/^\s+(manual|ignored) /m);
  expect(read(repo, 'pkg/__init__.py')).toBe('from .core import new\n');
  expect(read(repo, 'pkg/core/__init__.py')).toBe('from .error import *\n');
  expect(read(repo, 'adapter.py')).toBe('from pkg.core import new\nprint(new())\n');
  expect(read(repo, 'app.py')).toBe('from pkg import new\nprint(new() + 1)\n');
  expect(read(repo, 'src/lib/index.ts')).toBe("export { toTRPCError } from './core';\n");
  expect(read(repo, 'src/lib/core.ts')).toBe("export * from './error';\n");
  expect(read(repo, 'src/adapter.ts')).toBe("import { toTRPCError } from './lib/core';\nexport const a = toTRPCError(1);\n");
  expect(read(repo, 'src/app.ts')).toBe("import { toTRPCError } from './lib';\nexport const b = toTRPCError(2);\n");
  expect(execFileSync('python3', ['adapter.py'], { cwd: repo, encoding: 'utf8' })).toBe('1\n');
  expect(execFileSync('python3', ['app.py'], { cwd: repo, encoding: 'utf8' })).toBe('2\n');
});
