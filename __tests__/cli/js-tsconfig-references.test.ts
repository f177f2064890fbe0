// A solution tsconfig (`"files": []` plus `references`) as the manifest's tsconfig, the date-fns
// layout: the alias `@wrkspc/src/*` is declared only in scripts/tsconfig.json. An import through it
// names the moved file, so the run rewrites it and check sees it until then; a run that read only
// the root's (empty) paths changed nothing and let `tsc -p scripts` fail after the move.
import fs from 'node:fs';
import path from 'node:path';
import { runInRepo } from '../helpers/run-cli';
import { cleanupTempDirs, makeTempRepo } from '../helpers/temp-repo';

afterAll(cleanupTempDirs);

const OPTIONS = { module: 'NodeNext', allowImportingTsExtensions: true, noEmit: true };

const TREE = {
  'package.json': JSON.stringify({ name: 'r', type: 'module' }),
  'tsconfig.json': JSON.stringify({ files: [], references: [{ path: './src' }, { path: './scripts' }] }),
  'src/tsconfig.json': JSON.stringify({ compilerOptions: OPTIONS, include: ['**/*.ts'] }),
  'scripts/tsconfig.json': JSON.stringify({ compilerOptions: { ...OPTIONS, paths: { '@wrkspc/src/*': ['../src/*'] } }, include: ['**/*.ts'] }),
  'src/types/index.ts': 'export type Locale = { code: string };\n',
  'scripts/render.ts': 'import type { Locale } from "@wrkspc/src/types.ts";\nexport const l: Locale = { code: "x" };\n',
  'ssot-codemod.json': JSON.stringify({ javascript: { tsconfig: 'tsconfig.json', moves: [{ from: './src/types.ts', to: './src/types/index.ts' }] } }),
};

test('an import through a referenced project\'s paths is rewritten, and check sees it until then', async () => {
  const repo = makeTempRepo(TREE);
  expect((await runInRepo(repo, 'verify')).code).toBe(0);
  const before = await runInRepo(repo, 'check', '--no-color');
  expect(before.code).toBe(1);
  expect(before.stdout + before.stderr).toContain('scripts/render.ts:1:1');
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  expect(run.stdout).not.toContain('matched no reference');
  expect(fs.readFileSync(path.join(repo, 'scripts/render.ts'), 'utf8')).toBe(
    'import type { Locale } from "@wrkspc/src/types/index.ts";\nexport const l: Locale = { code: "x" };\n',
  );
  const after = await runInRepo(repo, 'check', '--no-color');
  expect(after.code).toBe(0);
  expect((await runInRepo(repo, 'run', '--no-color')).stdout).toContain('0 changed');
});

test('a reference that cannot be read is said once in the run\'s notices; a stale entry names its project\'s tsconfig', async () => {
  const repo = makeTempRepo({
    ...TREE,
    'tsconfig.json': JSON.stringify({ files: [], references: [{ path: './src' }, { path: './scripts' }, { path: './tools' }] }),
    'scripts/tsconfig.json': JSON.stringify({ compilerOptions: { ...OPTIONS, paths: { '@locale': ['../src/types.ts'] } } }),
    'ssot-codemod.json': JSON.stringify({ javascript: { tsconfig: 'tsconfig.json', moves: [{ from: './src/types.ts', to: './src/locale.ts' }] } }),
  });
  const run = await runInRepo(repo, 'run', '--no-color');
  expect(run.stdout + run.stderr).toContain('notice: scripts/tsconfig.json paths entry "@locale" leads into src/types, which moves to src/locale');
  const said = (run.stdout + run.stderr).split('\n').filter((line) => line.includes('references "./tools"'));
  expect(said).toHaveLength(1);
  expect(said[0]).toContain('cannot read tsconfig tools/tsconfig.json, so imports written through that project\'s paths are not recognised; fix the reference or create the file.');
});
