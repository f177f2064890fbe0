// A move written as the file of a workspace package's entry (`./packages/lib/src/core/index.ts:old`)
// reaches the other workspaces' imports that spell it through the package's name and `exports`
// (`from 'lib/core'`), as it reaches relative imports of the file (zod's `@zod/source` condition).
import fs from 'node:fs';
import path from 'node:path';
import { packageSpellings } from '../../src/manifest/workspace-entries';
import { CONDITIONS } from '../../src/verify/node-resolve';
import { runInRepo } from '../helpers/run-cli';
import { cleanupTempDirs, makeTempDir, makeTempRepo } from '../helpers/temp-repo';

afterAll(cleanupTempDirs);

const libPackage = (exports: unknown) => JSON.stringify({ name: 'lib', type: 'module', exports });
const base = {
  'package.json': JSON.stringify({ name: 'root', private: true, type: 'module', workspaces: ['packages/*'] }),
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', customConditions: ['@lib/source'], strict: true, noEmit: true } }),
  'packages/app/package.json': JSON.stringify({ name: 'app', type: 'module', dependencies: { lib: '*' } }),
  'packages/app/src/a.ts': 'import { oldName } from "lib/core";\nimport * as core from "lib/core";\nexport const v = oldName() + core.oldName();\n',
};
const read = (repo: string, file: string) => fs.readFileSync(path.join(repo, file), 'utf8');

test('a rename in place written as the entry file reaches imports of the package subpath, and check then passes', async () => {
  const repo = makeTempRepo({
    ...base,
    'ssot-codemod.json': JSON.stringify({ javascript: { tsconfig: 'tsconfig.json', moves: [{ from: './packages/lib/src/core/index.ts:oldName', to: './packages/lib/src/core/index.ts:newName' }] } }),
    'packages/lib/package.json': libPackage({ './core': { '@lib/source': './src/core/index.ts', default: './dist/core/index.js' } }),
    'packages/lib/src/core/index.ts': 'export function newName(): number {\n  return 1;\n}\n',
  });
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  expect(run.stderr).not.toContain('matched no reference');
  expect(read(repo, 'packages/app/src/a.ts')).toBe('import { newName } from "lib/core";\nimport * as core from "lib/core";\nexport const v = newName() + core.newName();\n');
  expect((await runInRepo(repo, 'check', '--no-color')).code).toBe(0);
});

test('a whole-module move between two entries of the package respells the subpath; a target without an entry is a notice', async () => {
  const files = {
    ...base,
    'packages/lib/package.json': libPackage({ './core': { '@lib/source': './src/core/index.ts' }, './*': { '@lib/source': './src/*.ts' } }),
    'packages/lib/src/core/index.ts': 'export function oldName(): number {\n  return 1;\n}\n',
    'packages/lib/src/next.ts': 'export function oldName(): number {\n  return 1;\n}\n',
    'packages/lib/internal/core.ts': 'export function oldName(): number {\n  return 1;\n}\n',
  };
  const moveTo = (to: string) => JSON.stringify({ javascript: { moves: [{ from: './packages/lib/src/core/index.ts', to }] } });
  const exported = makeTempRepo({ ...files, 'ssot-codemod.json': moveTo('./packages/lib/src/next.ts') });
  const run = await runInRepo(exported, 'run', '--apply', '--no-color');
  expect(run.code).toBe(0);
  expect(read(exported, 'packages/app/src/a.ts')).toBe('import { oldName } from "lib/next";\nimport * as core from "lib/next";\nexport const v = oldName() + core.oldName();\n');

  const unexported = makeTempRepo({ ...files, 'ssot-codemod.json': moveTo('./packages/lib/internal/core.ts') });
  const dry = await runInRepo(unexported, 'run', '--no-color');
  expect(read(unexported, 'packages/app/src/a.ts')).toBe(files['packages/app/src/a.ts']);
  expect(dry.stderr + dry.stdout).toContain('./packages/lib/src/core/index.ts is also imported as "lib/core" (its workspace package\'s entry), and ./packages/lib/internal/core.ts is the entry of no workspace package, so imports spelled "lib/core" are not rewritten');
});

test('package spellings of a file: exact subpaths, patterns (by file when its extension is known), main without exports', () => {
  const root = makeTempDir({
    'packages/lib/package.json': libPackage({ '.': './src/index.ts', './core': { '@lib/source': './src/core/index.ts', default: './dist/core.js' }, './util/*': './src/util/*.ts' }),
    'packages/old/package.json': JSON.stringify({ name: '@acme/old', main: './src/main.ts' }),
  });
  const workspaces = { lib: 'packages/lib', '@acme/old': 'packages/old' };
  const conditions = new Set([...CONDITIONS, '@lib/source']);
  expect(packageSpellings('packages/lib/src/index.ts', workspaces, root, conditions)).toEqual(['lib']);
  expect(packageSpellings('packages/lib/src/core/index.ts', workspaces, root, conditions)).toEqual(['lib/core']);
  expect(packageSpellings('packages/lib/src/core/index.ts', workspaces, root, CONDITIONS)).toEqual([]);
  expect(packageSpellings('packages/lib/src/util/time.ts', workspaces, root, conditions)).toEqual(['lib/util/time']);
  expect(packageSpellings('packages/lib/src/util/time.js', workspaces, root, conditions)).toEqual([]);
  expect(packageSpellings('packages/lib/src/util/time', workspaces, root, conditions)).toEqual(['lib/util/time']);
  expect(packageSpellings('packages/old/src/main', workspaces, root, conditions)).toEqual(['@acme/old']);
});
