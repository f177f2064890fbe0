// A file moved with `git mv` still spells its relative imports from where it was. The run re-points
// every relative specifier of the moved file that reaches nothing from its new place but reached a
// module from its old one (in every form the rewriter knows: import, re-export, require, import(),
// mocks), and leaves alone what resolves where the file is now: siblings moved with it, and
// specifiers already fixed by hand. The same holds for each file below a moved directory, and for
// the stylesheets, images and JSON files a bundler loads by their full name.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { runInRepo } from '../helpers/run-cli';
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';

afterAll(cleanupTempDirs);

const read = (repo: string, file: string) => fs.readFileSync(path.join(repo, file), 'utf8');

test('a moved file re-points the relative specifiers it carried; a second run changes nothing', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: './src/data/filesystem.ts', to: './src/data/io/filesystem.ts' }] } }),
    // Moved from src/data/: `./blob` and `../util` were written for that place.
    'src/data/io/filesystem.ts': [
      "import { normalize } from './blob';",
      "import type { Kind } from \"./types\";",
      "export { helper } from '../util';",
      "import { sibling } from './sibling';",
      "import { fixed } from '../json';",
      "const lazy = () => import('./blob');",
      "vi.mock('./blob');",
      "const note = './nowhere';",
      'export const x = [normalize, sibling, fixed, lazy, note] as Kind[];',
      '',
    ].join('\n'),
    'src/data/io/sibling.ts': 'export const sibling = 1;\n',
    'src/data/blob.ts': 'export const normalize = 1;\n',
    'src/data/types.ts': 'export type Kind = unknown;\n',
    'src/data/json.ts': 'export const fixed = 1;\n',
    'src/util.ts': 'export const helper = 1;\n',
    'src/app.ts': "import { x } from './data/filesystem';\nexport const y = x;\n",
  });
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  expect(read(repo, 'src/data/io/filesystem.ts')).toBe(
    [
      "import { normalize } from '../blob';",
      'import type { Kind } from "../types";',
      "export { helper } from '../../util';",
      "import { sibling } from './sibling';",
      // Resolves from the new place (../json is src/data/json): left as written.
      "import { fixed } from '../json';",
      "const lazy = () => import('../blob');",
      "vi.mock('../blob');",
      "const note = './nowhere';",
      'export const x = [normalize, sibling, fixed, lazy, note] as Kind[];',
      '',
    ].join('\n'),
  );
  expect(read(repo, 'src/app.ts')).toBe("import { x } from './data/io/filesystem';\nexport const y = x;\n");
  const again = await runInRepo(repo, 'run', '--no-color');
  expect(again.stdout).toContain('0 changed');
});

test('each file below a moved directory re-points what it reached outside the directory', async () => {
  const repo = makeTempRepo({
    'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } }),
    'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: '@/components/old', to: '@/ui/kit/new' }] } }),
    'src/ui/kit/new/button.tsx': "import { cn } from '../../lib/cn';\nimport { Icon } from './icon';\nimport styles from '../../styles/button.module.css';\nimport './button.css';\nexport const Button = () => cn(Icon, styles);\n",
    'src/ui/kit/new/button.css': '.b {}\n',
    'src/styles/button.module.css': '.b {}\n',
    'src/ui/kit/new/icon.tsx': "import { cn } from '@/lib/cn';\nexport const Icon = cn;\n",
    'src/lib/cn.ts': 'export const cn = (x: unknown) => x;\n',
    'src/page.tsx': "import { Button } from '@/components/old/button';\nexport const P = Button;\n",
  });
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  // A stylesheet is carried like a module; one moved along (./button.css) resolves and stays.
  expect(read(repo, 'src/ui/kit/new/button.tsx')).toBe(
    "import { cn } from '../../../lib/cn';\nimport { Icon } from './icon';\nimport styles from '../../../styles/button.module.css';\nimport './button.css';\nexport const Button = () => cn(Icon, styles);\n",
  );
  expect(read(repo, 'src/ui/kit/new/icon.tsx')).toBe("import { cn } from '@/lib/cn';\nexport const Icon = cn;\n");
  expect(read(repo, 'src/page.tsx')).toBe("import { Button } from '@/ui/kit/new/button';\nexport const P = Button;\n");
});

test('a carried specifier whose module moves too goes where that module goes, in one run', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({
      javascript: { moves: [{ from: './src/a.ts', to: './src/moved/a.ts' }, { from: './src/b.ts', to: './src/shared/b.ts' }] },
    }),
    'src/moved/a.ts': "import { b } from './b';\nexport const a = b;\n",
    'src/shared/b.ts': 'export const b = 1;\n',
  });
  expect((await runInRepo(repo, 'run', '--apply', '--no-color')).code).toBe(0);
  expect(read(repo, 'src/moved/a.ts')).toBe("import { b } from '../shared/b';\nexport const a = b;\n");
  expect((await runInRepo(repo, 'run', '--no-color')).stdout).toContain('0 changed');
});

test('files loaded by pattern: a moved file rebases the patterns it carried; a pattern that loaded the moved file is manual', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: './src/modules/i18n.ts', to: './src/core/i18n/setup.ts' }] } }),
    'locales/en.yml': 'hi: Hi\n',
    'src/pages/Home.vue': '<template><p/></template>\n',
    'src/modules/pinia.ts': 'export const install = () => 1;\n',
    // Moved from src/modules/i18n.ts: its patterns were written from there.
    'src/core/i18n/setup.ts': [
      "export const locales = import.meta.glob<{ default: object }>('../../locales/*.yml');",
      "export const pages = require.context('../pages', false, /\\.vue$/);",
      "export const own = import.meta.glob('./*.ts');",
      'export const install = () => 2;',
      '',
    ].join('\n'),
    'src/main.ts': "export const modules = import.meta.glob<{ install: () => number }>('./modules/*.ts', { eager: true });\n",
    // A component importing the moved module.
    'src/App.vue': "<script setup lang=\"ts\">\nimport { locales } from './modules/i18n';\n</script>\n<template><p>{{ locales }}</p></template>\n",
  });
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  expect(read(repo, 'src/core/i18n/setup.ts')).toBe(
    [
      "export const locales = import.meta.glob<{ default: object }>('../../../locales/*.yml');",
      "export const pages = require.context('../../pages', false, /\\.vue$/);",
      "export const own = import.meta.glob('./*.ts');",
      'export const install = () => 2;',
      '',
    ].join('\n'),
  );
  expect(read(repo, 'src/App.vue')).toBe("<script setup lang=\"ts\">\nimport { locales } from './core/i18n/setup';\n</script>\n<template><p>{{ locales }}</p></template>\n");
  expect(read(repo, 'src/main.ts')).toContain("glob<{ install: () => number }>('./modules/*.ts'");
  expect(run.stdout + run.stderr).toContain('manual src/main.ts:1:24: ./src/modules/i18n.ts → ./src/core/i18n/setup.ts: import.meta.glob loads ./src/modules/i18n.ts, which moves to ./src/core/i18n/setup.ts, outside its pattern');
  const again = await runInRepo(repo, 'run', '--no-color');
  expect(again.stdout).toContain('0 changed');
});

test('a carried specifier takes the renames of the module it reached along, in one run', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({
      javascript: { moves: [{ from: './src/mw/a.ts', to: './src/mw/deep/a.ts' }, { from: './src/core.ts:OldId', to: './src/core.ts:NewId' }] },
    }),
    'src/core.ts': 'export interface Registry {}\nexport type NewId = keyof Registry;\n',
    // Moved from src/mw/a.ts: `../core.ts` was written from there, and OldId is NewId now.
    'src/mw/deep/a.ts': "import type { OldId } from '../core.ts'\nexport const a = (x: OldId) => x\n",
    'src/b.ts': "import type { OldId } from './core.ts'\nexport const b = (x: OldId) => x\n",
  });
  expect((await runInRepo(repo, 'run', '--apply', '--no-color')).code).toBe(0);
  expect(read(repo, 'src/mw/deep/a.ts')).toBe("import type { NewId } from '../../core.ts'\nexport const a = (x: NewId) => x\n");
  expect(read(repo, 'src/b.ts')).toBe("import type { NewId } from './core.ts'\nexport const b = (x: NewId) => x\n");
  expect((await runInRepo(repo, 'run', '--no-color')).stdout).toContain('0 changed');
});

test('a carried specifier into a moved directory goes to its module there, and uses that move', async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({
      javascript: { moves: [{ from: './src/errors/HTTPError.ts', to: './src/errors/http/HTTPError.ts' }, { from: './src/types', to: './src/typings' }] },
    }),
    'src/typings/options.ts': 'export type Opts = { a: number };\n',
    // Moved from src/errors/HTTPError.ts; ../types/options.js was src/types/options.ts, now src/typings/options.ts.
    'src/errors/http/HTTPError.ts': "import type {Opts} from '../types/options.js';\nexport class HTTPError { o?: Opts }\n",
  });
  const plan = await runInRepo(repo, 'run', '--format', 'json', '--no-color');
  // Its label names what it spells from the new place and where it goes; the reason says it is a rebase.
  expect(plan.stdout).toContain('"move":"./src/errors/types/options → ./src/typings/options","form":"type-import","kind":"rewritten"');
  expect(plan.stdout).toContain(`"reason":"rebased: the moved file's own relative import, written from where the file was before ./src/errors/HTTPError.ts → ./src/errors/http/HTTPError.ts"`);
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  expect(read(repo, 'src/errors/http/HTTPError.ts')).toBe("import type {Opts} from '../../typings/options.js';\nexport class HTTPError { o?: Opts }\n");
  // The directory's move was used (by the carried import), so it is no typo.
  expect(run.stdout + run.stderr).not.toContain('matched no reference');
  expect((await runInRepo(repo, 'run', '--no-color')).stdout).toContain('0 changed');
});

test("a moved file's own declare module (a module augmentation) is rebased like its imports", async () => {
  const repo = makeTempRepo({
    'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: './src/middleware/devtools.ts', to: './src/middleware/devtools/index.ts' }] } }),
    'src/vanilla.ts': 'export interface StoreMutators {}\nexport const create = () => 1;\n',
    // Moved from src/middleware/devtools.ts: '../vanilla' was src/vanilla.ts.
    'src/middleware/devtools/index.ts': "import { create } from '../vanilla'\ndeclare module '../vanilla' {\n  interface StoreMutators { devtools: 1 }\n}\nexport const d = create\n",
    'src/app.ts': "declare module './vanilla' {\n  interface StoreMutators { app: 1 }\n}\nexport {}\n",
  });
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  expect(read(repo, 'src/middleware/devtools/index.ts')).toBe("import { create } from '../../vanilla'\ndeclare module '../../vanilla' {\n  interface StoreMutators { devtools: 1 }\n}\nexport const d = create\n");
  expect(run.stdout + run.stderr).toContain('0 manual');
  expect((await runInRepo(repo, 'run', '--no-color')).stdout).toContain('0 changed');
});

test("a moved file's carried namespace import whose every member moved elsewhere becomes the named import, rebased (zod's regexes.ts)", async () => {
  // Both the rebase of `./util.js` (util.ts stayed in src/) and the namespace rewrite (`util.esc` moved
  // to src/p/esc.ts) edit the declaration: the new named import takes its place, spelled from here.
  const repo = makeTempRepo({
    'package.json': JSON.stringify({ name: 'r2', type: 'module', private: true }),
    'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true }, include: ['src'] }),
    'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: './src/regexes.ts', to: './src/p/regexes.ts' }, { from: './src/util.ts:esc', to: './src/p/esc.ts:esc' }] } }),
    // Moved from src/regexes.ts: `./util.js` was src/util.ts.
    'src/p/regexes.ts': 'import * as util from "./util.js";\nexport const r = util.esc("x");\n',
    'src/p/esc.ts': 'export function esc(s: string) { return s; }\n',
    'src/util.ts': 'export const k = 1;\n',
  });
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.stdout + run.stderr).not.toContain('failed src/');
  expect(run.code).toBe(0);
  expect(read(repo, 'src/p/regexes.ts')).toBe('import { esc } from "./esc.js";\nexport const r = esc("x");\n');
  expect(run.stdout + run.stderr).not.toContain('matched no reference');
  expect((await runInRepo(repo, 'run', '--no-color')).stdout).toContain('0 changed');
});

test("a moved file's carried specifier that now names the file itself is rebased; its other references to itself stay, and it type-checks", async () => {
  // src/async_utils.ts moved to src/sub/utils.ts: './utils' meant src/utils.ts, but from the new place it names the file itself.
  const repo = makeTempRepo({
    'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, module: 'ESNext', moduleResolution: 'bundler', noEmit: true, target: 'ES2020' }, include: ['src'] }),
    'ssot-codemod.json': JSON.stringify({ javascript: { tsconfig: 'tsconfig.json', moves: [{ from: './src/async_utils.ts', to: './src/sub/utils.ts' }] } }),
    'src/sub/utils.ts': "import { helper } from './utils';\nexport const x: number = helper();\nexport type Self = typeof import('../sub/utils');\n",
    'src/utils.ts': 'export function helper(): number { return 1; }\n',
    'src/main.ts': "import { x } from './async_utils';\nexport const y = x;\n",
  });
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  expect(read(repo, 'src/sub/utils.ts')).toBe("import { helper } from '../utils';\nexport const x: number = helper();\nexport type Self = typeof import('../sub/utils');\n");
  expect(read(repo, 'src/main.ts')).toBe("import { x } from './sub/utils';\nexport const y = x;\n");
  const config = ts.getParsedCommandLineOfConfigFile(path.join(repo, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined })!;
  const diagnostics = ts.getPreEmitDiagnostics(ts.createProgram({ rootNames: config.fileNames, options: config.options }));
  expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  expect((await runInRepo(repo, 'run', '--no-color')).stdout).toContain('0 changed');
});
