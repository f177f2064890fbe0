// A whole-module JS move whose canonical module lacks a name some file imports: with the gate off
// (--no-verify, as a user does to get past an API gap nobody imports), that import is left as
// written with the Python rewriter's manual finding, never re-pointed at a module that lacks it;
// imports the canonical module serves are rewritten as usual.
import fs from 'node:fs';
import path from 'node:path';
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';
import { runInRepo } from '../helpers/run-cli';

afterAll(cleanupTempDirs);

const files = {
  'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: '@/utils/debug-logger', to: '@/lib/logger' }] } }),
  'tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./src/*"] } } }',
  'src/utils/debug-logger.ts': 'export class DebugLogger {}\nexport const logger = new DebugLogger();\nexport default logger;\n',
  'src/lib/logger.ts': "export * from './levels';\nexport const logger = console;\n",
  'src/lib/levels.ts': 'export type Level = "debug" | "info";\n',
  'src/a.ts': "import { logger, DebugLogger } from '@/utils/debug-logger';\nexport const a = [logger, DebugLogger];\n",
  'src/b.ts': "import { logger } from '@/utils/debug-logger';\nimport type { Level } from '@/utils/debug-logger';\nexport const b: Level = 'info';\nlogger.info(b);\n",
  'src/c.ts': "export { logger } from '@/utils/debug-logger';\nimport log from '@/utils/debug-logger';\nexport const c = log;\n",
  'src/e.ts': "import * as L from '@/utils/debug-logger';\nexport const e = [L.logger, L.DebugLogger];\n",
  'src/f.ts': "import * as L2 from '@/utils/debug-logger';\nexport const f = L2.logger;\n",
  'src/g.js': "const R = require('@/utils/debug-logger');\nmodule.exports = R.DebugLogger;\n",
  'src/d.js': "const { logger, DebugLogger: D } = require('@/utils/debug-logger');\nconst lg = require('@/utils/debug-logger').logger;\nconst Ctor = require('@/utils/debug-logger').DebugLogger;\nmodule.exports = [logger, D, lg, Ctor];\n",
};

test('imports of names the canonical module lacks (named, default, re-exported, required, or a member of a module object) stay, each a manual finding; the rest are re-pointed', async () => {
  const repo = makeTempRepo(files);
  const gate = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(gate.code).toBe(2); // the API gap (DebugLogger, default) refuses --apply
  const run = await runInRepo(repo, 'run', '--apply', '--no-verify', '--no-color');
  expect(run.code).toBe(0);
  const read = (rel: string) => fs.readFileSync(path.join(repo, rel), 'utf8');
  expect(read('src/a.ts')).toBe(files['src/a.ts']);
  expect(run.stdout).toContain('manual src/a.ts:1:1: @/utils/debug-logger → @/lib/logger: @/lib/logger does not provide DebugLogger: import it from where it lives now, or add a move for it');
  // Level comes from the canonical module's `export *`: provided, so re-pointed.
  expect(read('src/b.ts')).toBe("import { logger } from '@/lib/logger';\nimport type { Level } from '@/lib/logger';\nexport const b: Level = 'info';\nlogger.info(b);\n");
  // The re-export is served; the default import is not (lib/logger has no default export).
  expect(read('src/c.ts')).toBe("export { logger } from '@/lib/logger';\nimport log from '@/utils/debug-logger';\nexport const c = log;\n");
  expect(run.stdout).toContain('manual src/c.ts:2:1: @/utils/debug-logger → @/lib/logger: @/lib/logger does not provide default: import it from where it lives now, or add a move for it');
  // require: a destructured or member name the canonical module lacks keeps its call; the served one moves.
  expect(read('src/d.js')).toBe("const { logger, DebugLogger: D } = require('@/utils/debug-logger');\nconst lg = require('@/lib/logger').logger;\nconst Ctor = require('@/utils/debug-logger').DebugLogger;\nmodule.exports = [logger, D, lg, Ctor];\n");
  // A destructured or member name is the use itself: nothing more to name.
  expect(run.stdout).toContain('manual src/d.js:1:36: @/utils/debug-logger → @/lib/logger: @/lib/logger does not provide DebugLogger: import');
  expect(run.stdout).toContain('manual src/d.js:3:14: @/utils/debug-logger → @/lib/logger: @/lib/logger does not provide DebugLogger');
  // A module object: its member uses decide.
  expect(read('src/e.ts')).toBe(files['src/e.ts']);
  // …and the finding names the use, in the Python rewriter's words (python-missing-member.test.ts).
  expect(run.stdout).toContain('manual src/e.ts:1:1: @/utils/debug-logger → @/lib/logger: @/lib/logger does not provide DebugLogger, which `L.DebugLogger` uses: import it from where it lives now, or add a move for it');
  expect(read('src/f.ts')).toBe("import * as L2 from '@/lib/logger';\nexport const f = L2.logger;\n");
  expect(read('src/g.js')).toBe(files['src/g.js']);
  expect(run.stdout).toContain('manual src/g.js:1:11: @/utils/debug-logger → @/lib/logger: @/lib/logger does not provide DebugLogger, which `R.DebugLogger` uses');
});

test('an ESM specifier naming the namespace\'s own file (`import * as regexes from "./regexes.js"`) is no member use', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: './src/regexes.ts', to: './src/patterns.ts' }] } }),
    'src/patterns.ts': 'export const email = /@/;\n',
    'src/checks.ts': 'import * as regexes from "./regexes.js";\nexport const a = regexes.email;\n',
    'src/api.ts': "import * as regexes from './regexes.js';\nexport const b = regexes.phone;\n",
  });
  const run = await runInRepo(repo, 'run', '--apply', '--no-verify', '--no-color');
  const read = (rel: string) => fs.readFileSync(path.join(repo, rel), 'utf8');
  expect(read('src/checks.ts')).toBe('import * as regexes from "./patterns.js";\nexport const a = regexes.email;\n');
  // A member the canonical module lacks still holds the import back.
  expect(read('src/api.ts')).toBe("import * as regexes from './regexes.js';\nexport const b = regexes.phone;\n");
  expect(run.stdout).toContain('does not provide phone, which `regexes.phone` uses');
  expect(run.stdout).not.toContain('provide js');
});
