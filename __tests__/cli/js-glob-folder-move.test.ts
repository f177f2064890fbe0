// A file pattern below a folder that moves whole (import.meta.glob, require.context) loads the same
// files from the folder's new place: its fixed folder follows the move, whatever the wildcard's shape
// (`./old/*/index.ts` was only a mention, `./old/**/*.ts` and `./old/*.ts` manual). Where that cannot
// be shown it is manual, never a mention: `check` counts it.
import fs from 'node:fs';
import path from 'node:path';
import { runInRepo } from '../helpers/run-cli';
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';

afterAll(cleanupTempDirs);

const read = (repo: string, file: string) => fs.readFileSync(path.join(repo, file), 'utf8');

const TREE = {
  'package.json': JSON.stringify({ name: 'r', type: 'module' }),
  'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } }),
  // Moved already, as the codemod expects: src/old is now src/new.
  'src/new/x/index.ts': 'export default 1;\n',
  'src/new/y.ts': 'export default 2;\n',
  'src/flat.ts': 'export default 3;\n',
};

const LOADER = [
  'export const m1 = import.meta.glob("./old/*/index.ts");',
  'export const m2 = import.meta.glob("./old/**/*.ts");',
  'export const m3 = import.meta.glob("./old/*.ts");',
  "export const m4 = import.meta.glob(['./old/**/*.ts', '!./old/x/*.ts'], { eager: true });",
  "export const m5 = import.meta.glob('@/old/x/*.ts', { import: 'default' });",
  "export const m6 = require.context('./old', true, /\\.ts$/);",
  '',
].join('\n');

test('a pattern below a moved folder follows it, in every shape; check then passes', async () => {
  const repo = makeTempRepo({ ...TREE, 'src/loader.ts': LOADER, 'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: './src/old', to: './src/new' }] } }) });
  const before = await runInRepo(repo, 'check', '--no-color');
  expect(before.code).toBe(1);
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('7 rewritten, 0 manual, 0 mention');
  expect(read(repo, 'src/loader.ts')).toBe(LOADER.replace(/([.@])\/old\b/g, '$1/new'));
  expect((await runInRepo(repo, 'check', '--no-color')).code).toBe(0);
});

test('a file leaving the moved folder, a base option, a plain-file target: manual, not a mention', async () => {
  const moves = [
    { from: './src/old', to: './src/new' },
    { from: './src/old/x/index.ts', to: './src/flat.ts' },
    { from: './src/gone', to: './src/flat.ts' },
  ];
  const loader = [
    'export const m1 = import.meta.glob("./old/*/index.ts");',
    "export const m2 = import.meta.glob('./old/**/*.ts', { base: './old' });",
    'export const m3 = import.meta.glob("./gone/*/index.ts");',
    '',
  ].join('\n');
  const repo = makeTempRepo({ ...TREE, 'src/loader.ts': loader, 'ssot-codemod.json': JSON.stringify({ javascript: { moves } }) });
  const run = await runInRepo(repo, 'run', '--no-color');
  expect(run.code).toBe(0);
  const out = run.stdout;
  expect(out).toContain('findings: 1 rewritten, 4 manual, 0 mention');
  // Re-pointed, the pattern no longer loads the file that left the folder.
  expect(out).toContain('+export const m1 = import.meta.glob("./new/*/index.ts");');
  expect(out).toContain('manual src/loader.ts:1:19: ./src/old/x/index.ts → ./src/flat.ts: import.meta.glob loads ./src/old/x/index.ts, which moves to ./src/flat.ts, outside its pattern');
  expect(out).toContain("manual src/loader.ts:2:19: ./src/old → ./src/new: import.meta.glob loads files below ./src/old, which moves to ./src/new, but its base option");
  expect(out).toContain('manual src/loader.ts:3:19: ./src/gone → ./src/flat.ts: import.meta.glob loads files below ./src/gone, which moves to ./src/flat.ts, but ./src/flat.ts is a file, with no modules below it');
});
