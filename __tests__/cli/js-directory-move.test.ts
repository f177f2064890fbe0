// A whole-module JS move onto a directory module (an index file) takes the legacy module's
// subpaths along, as a Python package's move takes its submodules: `@/old/sub` → `@/new/sub`, in
// every spelling (alias, relative, require, jest.mock). A subpath the target directory lacks, or any
// subpath when the target is a plain file, is left with a manual finding, never re-pointed at nothing.
import fs from 'node:fs';
import path from 'node:path';
import { runInRepo } from '../helpers/run-cli';
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';

afterAll(cleanupTempDirs);

const TREE = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } }),
  'src/old/index.ts': 'export const A = 1;\n',
  'src/old/sub.ts': 'export const S = 1;\n',
  'src/old/gone.ts': 'export const G = 1;\n',
  'src/old/deep/index.ts': 'export const D = 1;\n',
  'src/new/index.ts': 'export const A = 1;\n',
  'src/new/sub.ts': 'export const S = 1;\n',
  'src/new/deep/index.ts': 'export const D = 1;\n',
  'src/flat.ts': 'export const A = 1;\n',
  'src/app/use.ts': [
    "import { A } from '@/old';",
    "import { S } from '@/old/sub';",
    "import { D } from '../old/deep';",
    "import { G } from '@/old/gone';",
    "jest.mock('@/old/gone');",
    "const s = require('../old/sub');",
    '',
  ].join('\n'),
};

test('subpaths follow a move onto a directory module; one the target lacks is manual', async () => {
  const repo = makeTempRepo({ ...TREE, 'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: '@/old', to: '@/new' }] } }) });
  const run = await runInRepo(repo, 'run', '--apply', '--no-verify', '--no-color');
  expect(run.code).toBe(0);
  expect(fs.readFileSync(path.join(repo, 'src/app/use.ts'), 'utf8')).toBe(
    ["import { A } from '@/new';", "import { S } from '@/new/sub';", "import { D } from '../new/deep';", "import { G } from '@/old/gone';", "jest.mock('@/old/gone');", "const s = require('../new/sub');", ''].join('\n'),
  );
  expect(run.stdout).toContain('manual src/app/use.ts:4:1: @/old → @/new: @/new does not provide gone: import it from where it lives now, or add a move for it');
  expect(run.stdout).toContain('manual src/app/use.ts:5:1: @/old → @/new: @/new does not provide gone');
});

test('a subpath with a move of its own follows that one; a plain-file target has nothing below it', async () => {
  const moves = [
    { from: '@/old', to: '@/flat' },
    { from: '@/old/deep', to: '@/new/deep' },
  ];
  const repo = makeTempRepo({ ...TREE, 'ssot-codemod.json': JSON.stringify({ javascript: { moves } }) });
  const run = await runInRepo(repo, 'run', '--apply', '--no-verify', '--no-color');
  expect(run.code).toBe(0);
  const out = fs.readFileSync(path.join(repo, 'src/app/use.ts'), 'utf8').split('\n');
  expect(out.slice(0, 3)).toEqual(["import { A } from '@/flat';", "import { S } from '@/old/sub';", "import { D } from '../new/deep';"]);
  expect(run.stdout).toContain('manual src/app/use.ts:2:1: @/old → @/flat: @/flat does not provide sub');
});

test('a target inside the legacy directory: what already names it stays as it is, in both languages', async () => {
  const canonicalTs = ["import { A } from '@/old/v2';", "import { S } from '../old/v2/sub';", "jest.mock('@/old/v2/sub');", ''].join('\n');
  const canonicalPy = 'from pkg.v2.sub import S\nimport pkg.v2.sub\nfrom pkg.v2 import sub\n';
  const repo = makeTempRepo({
    'tsconfig.json': TREE['tsconfig.json'],
    'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: '@/old', to: '@/old/v2' }] }, python: { moves: [{ from: 'pkg', to: 'pkg.v2' }] } }),
    'src/old/index.ts': 'export const A = 1;\n',
    'src/old/sub.ts': 'export const S = 1;\n',
    'src/old/v2/index.ts': 'export const A = 1;\n',
    'src/old/v2/sub.ts': 'export const S = 1;\n',
    'src/app/legacy-user.ts': ["import { A } from '@/old';", "import { S } from '@/old/sub';", ''].join('\n'),
    'src/app/canonical-user.ts': canonicalTs,
    'pkg/__init__.py': '',
    'pkg/sub.py': 'S = 1\n',
    'pkg/v2/__init__.py': '',
    'pkg/v2/sub.py': 'S = 1\n',
    'app/legacy_user.py': 'from pkg.sub import S\nimport pkg.sub\n',
    'app/canonical_user.py': canonicalPy,
  });
  const run = await runInRepo(repo, 'run', '--apply', '--no-verify', '--no-color');
  expect(run.code).toBe(0);
  const read = (rel: string) => fs.readFileSync(path.join(repo, rel), 'utf8');
  expect(read('src/app/legacy-user.ts')).toBe(["import { A } from '@/old/v2';", "import { S } from '@/old/v2/sub';", ''].join('\n'));
  expect(read('app/legacy_user.py')).toBe('from pkg.v2.sub import S\nimport pkg.v2.sub\n');
  expect(read('src/app/canonical-user.ts')).toBe(canonicalTs);
  expect(read('app/canonical_user.py')).toBe(canonicalPy);
  expect(run.stdout).toContain('findings: 4 rewritten, 0 manual');
});

test('through baseUrl, a bare subpath of a moved directory module follows it too (vercel/commerce: lib/shopify/types)', async () => {
  const repo = makeTempRepo({
    'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.' } }),
    'ssot-codemod.json': JSON.stringify({ javascript: { tsconfig: 'tsconfig.json', moves: [{ from: './lib/shopify/index.ts', to: './lib/commerce/index.ts' }] } }),
    'lib/commerce/index.ts': "export const getCart = () => 1;\n",
    'lib/commerce/types.ts': 'export type Cart = { id: string };\n',
    'components/cart.tsx': "import { getCart } from 'lib/shopify';\nimport type { Cart } from 'lib/shopify/types';\nimport { clsx } from 'lib/shopify-extras';\nexport const c: Cart = { id: String(getCart()) };\nexport const x = clsx;\n",
  });
  const run = await runInRepo(repo, 'run', '--apply', '--no-verify', '--no-color');
  expect(run.code).toBe(0);
  // `lib/shopify-extras` is another module (a package or a file beside it): untouched.
  expect(fs.readFileSync(path.join(repo, 'components/cart.tsx'), 'utf8')).toBe(
    "import { getCart } from 'lib/commerce';\nimport type { Cart } from 'lib/commerce/types';\nimport { clsx } from 'lib/shopify-extras';\nexport const c: Cart = { id: String(getCart()) };\nexport const x = clsx;\n",
  );
});

test('a specifier that spells the moved folder\'s index keeps spelling it, with its extension; onto a plain file it names the file (zod trial)', async () => {
  const nodenext = JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true }, include: ['src'] });
  const main = ['export * as locales from "../locales/index.js";', 'import { en } from "../locales/index.js";', 'import { fr } from "../locales/fr.js";', 'export const x = [en, fr];', ''].join('\n');
  const bundled = ['import { en } from "../locales/index";', 'import { fr } from "../locales";', 'export const y = [en, fr];', ''].join('\n');
  const manifest = JSON.stringify({ javascript: { moves: [{ from: './src/locales', to: './src/i18n/locales' }] } });
  // The folder moved whole (git mv src/locales src/i18n/locales): its index is the module.
  const folder = makeTempRepo({
    'package.json': JSON.stringify({ name: 'r1', type: 'module', private: true }),
    'tsconfig.json': nodenext,
    'ssot-codemod.json': manifest,
    'src/i18n/locales/index.ts': 'export * from "./en.js";\nexport * from "./fr.js";\n',
    'src/i18n/locales/en.ts': 'export const en = 1;\n',
    'src/i18n/locales/fr.ts': 'export const fr = 1;\n',
    'src/app/main.ts': main,
    'src/app/bundled.ts': bundled,
  });
  const run = await runInRepo(folder, 'run', '--apply', '--no-verify', '--no-color');
  expect(run.code).toBe(0);
  const read = (repo: string, rel: string) => fs.readFileSync(path.join(repo, rel), 'utf8');
  expect(read(folder, 'src/app/main.ts')).toBe(main.replaceAll('"../locales/', '"../i18n/locales/'));
  expect(read(folder, 'src/app/bundled.ts')).toBe(['import { en } from "../i18n/locales/index";', 'import { fr } from "../i18n/locales";', 'export const y = [en, fr];', ''].join('\n'));
  expect((await runInRepo(folder, 'run', '--no-color')).stdout).toContain('0 changed');
  // Merged into one file: `locales/index.js` would name nothing there.
  const file = makeTempRepo({
    'package.json': JSON.stringify({ name: 'r1', type: 'module', private: true }),
    'tsconfig.json': nodenext,
    'ssot-codemod.json': manifest,
    'src/i18n/locales.ts': 'export const en = 1;\n',
    'src/app/main.ts': 'import { en } from "../locales/index.js";\nexport const x = en;\n',
  });
  expect((await runInRepo(file, 'run', '--apply', '--no-verify', '--no-color')).code).toBe(0);
  expect(read(file, 'src/app/main.ts')).toBe('import { en } from "../i18n/locales.js";\nexport const x = en;\n');
});
