// A file moved into its folder's index (`core/util.ts` → `core/util/index.ts`, zod's layout under
// nodenext) or back out of it: an import without an extension reaches either file and is left as it
// is; one that spells the old file (`./util.js`, `./util/index.js`) is re-pointed at the new one,
// and the moved file's own relative imports are carried to its new folder.
import fs from 'node:fs';
import path from 'node:path';
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';
import { runInRepo } from '../helpers/run-cli';

afterAll(cleanupTempDirs);

const manifest = (from: string, to: string) => JSON.stringify({ javascript: { moves: [{ from, to }] } });

test('a file moved into its folder index: spelled imports follow, extensionless ones stay, its own imports are carried', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': manifest('./core/util.ts', './core/util/index.ts'),
    'core/util/index.ts': 'import type { Issue } from "./errors.js";\nimport { config } from "./config";\nexport const clean = (i: Issue) => config(i);\n',
    'core/errors.ts': 'export interface Issue { code: string }\n',
    'core/config.ts': 'export const config = (x: unknown) => x;\n',
    'core/schemas.ts': 'import * as util from "./util.js";\nexport const s = util.clean;\n',
    'classic/api.ts': 'import { clean } from "../core/util.js";\nimport type { clean as C } from "../core/util";\nexport type T = typeof C;\nexport const a = clean;\n',
    'classic/api.test.ts': 'jest.mock("../core/util.js");\n',
  });
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  const read = (rel: string) => fs.readFileSync(path.join(repo, rel), 'utf8');
  expect(read('core/schemas.ts')).toBe('import * as util from "./util/index.js";\nexport const s = util.clean;\n');
  expect(read('classic/api.ts')).toBe('import { clean } from "../core/util/index.js";\nimport type { clean as C } from "../core/util";\nexport type T = typeof C;\nexport const a = clean;\n');
  expect(read('classic/api.test.ts')).toBe('jest.mock("../core/util/index.js");\n');
  expect(read('core/util/index.ts')).toBe('import type { Issue } from "../errors.js";\nimport { config } from "../config";\nexport const clean = (i: Issue) => config(i);\n');
  expect(run.stdout).toContain('4 changed');
  expect(run.stdout).not.toContain('matched no reference');
  expect((await runInRepo(repo, 'run', '--format', 'json')).stdout).toContain('"changed":0');
});

test('a folder index moved out to a file of its name: the reverse', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': manifest('./lib/format/index.ts', './lib/format.ts'),
    'lib/format.ts': "export { pad } from '../pad';\nexport const format = (s: string) => s;\n",
    'lib/pad.ts': 'export const pad = (s: string) => s;\n',
    'app/a.ts': "import { format } from '../lib/format/index';\nimport { pad } from '../lib/format';\nexport const a = [format, pad];\n",
    'app/b.ts': "export * from '../lib/format/index.js';\n",
  });
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  const read = (rel: string) => fs.readFileSync(path.join(repo, rel), 'utf8');
  expect(read('app/a.ts')).toBe("import { format } from '../lib/format';\nimport { pad } from '../lib/format';\nexport const a = [format, pad];\n");
  expect(read('app/b.ts')).toBe("export * from '../lib/format.js';\n");
  // From lib/format/, `../pad` was lib/pad.ts; from lib/ it is `./pad`.
  expect(read('lib/format.ts')).toBe("export { pad } from './pad';\nexport const format = (s: string) => s;\n");
});

test('a plain file moved into a new folder index (error.js → errors/index.js, as SvelteKit lays out JS): its imports and JSDoc types are carried', async () => {
  // The legacy key (`src/utils/error`) could name error.js or error/index.js; only the first explains the moved file's specifiers.
  const repo = makeTempRepo({
    'ssot-codemod.json': manifest('./src/utils/error.js', './src/utils/errors/index.js'),
    'src/utils/errors/index.js': "import { HttpError } from '../../exports/shared.js';\n/** @type {import('../exports/shared.js').Redirect} */\nexport const e = new HttpError();\nexport { pad } from '../pad.js';\n",
    'src/utils/pad.js': 'export const pad = (s) => s;\n',
    'src/exports/shared.js': 'export class HttpError {}\nexport class Redirect {}\n',
    'src/utils/error.spec.js': "import { e } from './error.js';\n",
  });
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  const read = (rel: string) => fs.readFileSync(path.join(repo, rel), 'utf8');
  // The import fixed by hand already resolves from the new place and is left alone.
  expect(read('src/utils/errors/index.js')).toBe("import { HttpError } from '../../exports/shared.js';\n/** @type {import('../../exports/shared.js').Redirect} */\nexport const e = new HttpError();\nexport { pad } from '../pad.js';\n");
  expect(read('src/utils/error.spec.js')).toBe("import { e } from './errors/index.js';\n");
  expect((await runInRepo(repo, 'run', '--format', 'json')).stdout).toContain('"changed":0');
});

test("another file's declare module of a file moved into its folder index is re-pointed, spelled as its imports (date-fns' types.ts)", async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': manifest('./src/types.ts', './src/types/index.ts'),
    'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', allowImportingTsExtensions: true, noEmit: true } }),
    'src/types/index.ts': 'export interface Opts { locale?: string }\n',
    'src/a/aug.ts': 'import type { Opts } from "../types.ts";\ndeclare module "../types.ts" {\n  interface Opts { extra?: number }\n}\nexport type O = Opts;\n',
  });
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  expect(fs.readFileSync(path.join(repo, 'src/a/aug.ts'), 'utf8')).toBe('import type { Opts } from "../types/index.ts";\ndeclare module "../types/index.ts" {\n  interface Opts { extra?: number }\n}\nexport type O = Opts;\n');
  expect(run.stdout).toContain('0 manual');
});
