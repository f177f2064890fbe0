// `dropped` on a whole-module move: the legacy module's names that deliberately go nowhere (netra's
// debug-logger → lib/logger commit deleted an unused DebugLogger class). verify stops calling them
// API gaps and warns where consumers still import one, run --apply goes ahead (those imports stay,
// manual), shims leave them out; on a symbol move the field is a manifest error.
import fs from 'node:fs';
import path from 'node:path';
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';
import { runInRepo } from '../helpers/run-cli';

afterAll(cleanupTempDirs);

const manifest = (move: object) => JSON.stringify({ javascript: { moves: [move] } });
const files = {
  'tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./src/*"] } } }',
  'src/utils/debug-logger.ts': 'export class DebugLogger {}\nexport const logger = console;\n',
  'src/lib/logger.ts': 'export const logger = console;\n',
  'src/a.ts': "import { logger } from '@/utils/debug-logger';\nlogger.info('a');\n",
};

test('without dropped the unused class is an API gap that refuses --apply', async () => {
  const repo = makeTempRepo({ ...files, 'ssot-codemod.json': manifest({ from: '@/utils/debug-logger', to: '@/lib/logger' }) });
  const verify = await runInRepo(repo, 'verify');
  expect(verify.code).toBe(1);
  expect(verify.stdout).toContain('error: api-gap: $.javascript.moves[0]: DebugLogger is provided by legacy src/utils/debug-logger.ts but not by canonical src/lib/logger.ts');
  expect((await runInRepo(repo, 'run', '--apply')).code).toBe(2);
  // The class would be lost: shims keeps the module (real code) unless --force.
  expect((await runInRepo(repo, 'shims')).stderr).toContain('0 shown, 1 kept');
});

test('with dropped: verify passes, --apply rewrites, an import of the dropped name is warned about and left', async () => {
  const repo = makeTempRepo({
    ...files,
    'ssot-codemod.json': manifest({ from: '@/utils/debug-logger', to: '@/lib/logger', dropped: ['DebugLogger'] }),
    'src/b.ts': "import { DebugLogger } from '@/utils/debug-logger';\nexport const b = new DebugLogger();\n",
  });
  const verify = await runInRepo(repo, 'verify');
  expect(verify.code).toBe(0);
  expect(verify.stdout).not.toContain('api-gap');
  expect(verify.stdout).toContain('warning: dropped-name: $.javascript.moves[0]: DebugLogger is listed in "dropped", yet 1 file (src/b.ts:1) import it from @/utils/debug-logger');
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  const read = (rel: string) => fs.readFileSync(path.join(repo, rel), 'utf8');
  expect(read('src/a.ts')).toBe("import { logger } from '@/lib/logger';\nlogger.info('a');\n");
  expect(read('src/b.ts')).toBe("import { DebugLogger } from '@/utils/debug-logger';\nexport const b = new DebugLogger();\n");
  expect(run.stdout).toContain('manual src/b.ts:1:1: @/utils/debug-logger → @/lib/logger: @/lib/logger does not provide DebugLogger');
  // The legacy module's class is dropped on purpose: shims turns the module into a re-export.
  const shims = await runInRepo(repo, 'shims');
  expect(shims.stdout).toContain('diff --git a/src/utils/debug-logger.ts b/src/utils/debug-logger.ts');
  expect(shims.stderr).toContain('1 legacy module to shim: 1 shown, 0 kept');
});

test('dropped on a symbol move is a manifest error naming the fix', async () => {
  const repo = makeTempRepo({ ...files, 'ssot-codemod.json': manifest({ from: '@/utils/debug-logger:logger', to: '@/lib/logger:logger', dropped: ['DebugLogger'] }) });
  const run = await runInRepo(repo, 'run');
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('$.javascript.moves[0].dropped lists names of a legacy module, so it belongs on a whole-module move');
});

test('Python: a dropped public name is no API gap; the other missing one still is', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ python: { moves: [{ from: 'pkg.old', to: 'pkg.new', dropped: ['Gone'] }] } }),
    'pkg/__init__.py': '',
    'pkg/old.py': 'class Old: pass\nclass Gone: pass\nclass Kept: pass\n',
    'pkg/new.py': 'class Old: pass\n',
  });
  const verify = await runInRepo(repo, 'verify');
  expect(verify.code).toBe(1);
  expect(verify.stdout).toContain('error: api-gap: $.python.moves[0]: Kept is provided by legacy pkg/old.py');
  expect(verify.stdout).not.toContain('Gone');
});
