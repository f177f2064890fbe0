// A monorepo's own packages named by their package names (TanStack Query: `@tanstack/query-core`,
// a pnpm workspace whose `exports` lead to built files unless tsconfig's customConditions pick
// `./src/index.ts`). Before an install, or under pnpm (which links a workspace package only beside
// the packages that depend on it), no node_modules at the root holds them: the workspaces decide.
import fs from 'node:fs';
import path from 'node:path';
import { readWorkspacePackages, pnpmPackages } from '../../src/manifest/workspace-packages';
import { resolvePackage } from '../../src/verify/node-resolve';
import { runInRepo } from '../helpers/run-cli';
import { cleanupTempDirs, makeTempDir, makeTempRepo } from '../helpers/temp-repo';

afterAll(cleanupTempDirs);

const corePackage = JSON.stringify({
  name: '@acme/core',
  exports: { '.': { '@acme/source': './src/index.ts', import: { types: './build/index.d.ts', default: './build/index.js' } } },
});

describe('pnpm-workspace.yaml packages', () => {
  test('block and flow lists, quoted or not, with comments; other keys ignored', () => {
    expect(pnpmPackages("packages:\n  - 'packages/*'\n  - \"integrations/*\"  # the adapters\n\n  - examples/**\n  - '!**/test/**'\ncatalog:\n  react: ^19\n")).toEqual(['packages/*', 'integrations/*', 'examples/**', '!**/test/**']);
    expect(pnpmPackages("onlyBuiltDependencies:\n  - esbuild\npackages: ['apps/*', libs/core]\n")).toEqual(['apps/*', 'libs/core']);
    expect(pnpmPackages('catalog:\n  react: ^19\n')).toEqual([]);
  });
});

test('workspace packages come from package.json workspaces (array or object) and pnpm-workspace.yaml, negations and ** included', () => {
  const npm = makeTempDir({
    'package.json': JSON.stringify({ name: 'root', workspaces: ['packages/*', 'tools/**', '!tools/private/**'] }),
    'packages/a/package.json': JSON.stringify({ name: 'a' }),
    'packages/nameless/package.json': JSON.stringify({ version: '1.0.0' }),
    'packages/a/node_modules/dep/package.json': JSON.stringify({ name: 'dep' }),
    'tools/lint/rules/package.json': JSON.stringify({ name: '@acme/rules' }),
    'tools/private/x/package.json': JSON.stringify({ name: 'hidden' }),
    'other/package.json': JSON.stringify({ name: 'not-a-workspace' }),
  });
  expect(readWorkspacePackages(npm)).toEqual({ a: 'packages/a', '@acme/rules': 'tools/lint/rules' });
  const yarn = makeTempDir({ 'package.json': JSON.stringify({ workspaces: { packages: ['libs/*'] } }), 'libs/x/package.json': JSON.stringify({ name: 'x' }) });
  expect(readWorkspacePackages(yarn)).toEqual({ x: 'libs/x' });
  const pnpm = makeTempDir({ 'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n", 'packages/core/package.json': corePackage });
  expect(readWorkspacePackages(pnpm)).toEqual({ '@acme/core': 'packages/core' });
  expect(readWorkspacePackages(makeTempDir({ 'package.json': '{}' }))).toEqual({});
});

test('a workspace package resolves in its directory when no node_modules holds it, through the custom conditions given', () => {
  const repo = makeTempDir({ 'packages/core/package.json': corePackage, 'packages/core/src/index.ts': 'export const x = 1;\n' });
  const workspaces = { '@acme/core': 'packages/core' };
  expect(resolvePackage('@acme/core', repo)).toEqual({ kind: 'missing' });
  expect(resolvePackage('@acme/core', repo, { workspaces, root: repo })).toMatchObject({ kind: 'unresolved', reason: '"exports" names ./build/index.d.ts, which does not exist' });
  expect(resolvePackage('@acme/core', repo, { workspaces, root: repo, conditions: ['@acme/source'] })).toEqual({ kind: 'file', file: path.join(repo, 'packages/core/src/index.ts'), packageDir: path.join(repo, 'packages/core') });
});

test('a rename in place of a workspace package export: the manifest check passes, and importers by name and by path follow', async () => {
  const repo = makeTempRepo({
    'pnpm-workspace.yaml': "packages:\n  - 'packages/*'\n",
    'package.json': JSON.stringify({ name: 'monorepo', private: true }),
    'tsconfig.json': JSON.stringify({ compilerOptions: { customConditions: ['@acme/source'], moduleResolution: 'bundler', module: 'esnext' } }),
    'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: '@acme/core:hashKey', to: '@acme/core:hashQueryKey' }] } }),
    'packages/core/package.json': corePackage,
    'packages/core/src/index.ts': "export { hashKey, noop } from './utils';\n",
    'packages/core/src/utils.ts': 'export function hashQueryKey(key: unknown[]): string {\n  return JSON.stringify(key);\n}\nexport const noop = () => {};\n',
    'packages/core/src/__tests__/utils.test.ts': "import { hashKey, noop } from '..';\nexport const t = [hashKey(['a']), noop];\n",
    'packages/react/package.json': JSON.stringify({ name: '@acme/react', dependencies: { '@acme/core': 'workspace:*' } }),
    'packages/react/src/use.ts': "import { hashKey } from '@acme/core';\nexport const k = hashKey(['b']);\n",
  });
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const read = (file: string) => fs.readFileSync(path.join(repo, file), 'utf8');
  expect(read('packages/core/src/index.ts')).toBe("export { hashQueryKey, noop } from './utils';\n");
  expect(read('packages/core/src/__tests__/utils.test.ts')).toBe("import { hashQueryKey, noop } from '..';\nexport const t = [hashQueryKey(['a']), noop];\n");
  expect(read('packages/react/src/use.ts')).toBe("import { hashQueryKey } from '@acme/core';\nexport const k = hashQueryKey(['b']);\n");
  expect((await runInRepo(repo, 'run', '--no-color')).stdout).toContain('0 changed');
});

test('a workspace package that does not resolve is named with its directory', async () => {
  const repo = makeTempRepo({
    'package.json': JSON.stringify({ name: 'monorepo', private: true, workspaces: ['packages/*'] }),
    'ssot-codemod.json': JSON.stringify({ javascript: { moves: [{ from: '@acme/core:hashKey', to: '@acme/core:hashQueryKey' }] } }),
    'packages/core/package.json': corePackage,
    'packages/core/src/index.ts': 'export const hashQueryKey = 1;\n',
    'app.ts': "import { hashKey } from '@acme/core';\nexport const k = hashKey;\n",
  });
  const run = await runInRepo(repo, 'run', '--apply', '--no-color');
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('package @acme/core is the workspace package in packages/core but @acme/core does not resolve: "exports" names ./build/index.d.ts, which does not exist; build the package, point tsconfig customConditions at a condition');
  expect(fs.readFileSync(path.join(repo, 'app.ts'), 'utf8')).toBe("import { hashKey } from '@acme/core';\nexport const k = hashKey;\n");
});
