// The manifest's tsconfig as a solution (`"files": [], "references": [...]`): the projects its
// references reach add their `paths`, and each file's imports resolve with the paths of the project
// holding it (date-fns: `@wrkspc/src/*` declared only in scripts/tsconfig.json).
import fs from 'node:fs';
import { readTsconfigAliases } from '../src/manifest/tsconfig';
import { aliasesSeenBy, moduleKeyOf } from '../src/rewrite/js/module-key';
import type { JsAlias } from '../src/types';
import { cleanupTempDirs, makeTempDir } from './helpers/temp-repo';

afterAll(cleanupTempDirs);

const json = (value: unknown) => JSON.stringify(value);
const keyIn = (aliases: JsAlias[], importer: string, specifier: string) => moduleKeyOf(specifier, { importer, aliases });
const patternsSeenBy = (aliases: JsAlias[], importer: string) => aliasesSeenBy(aliases, importer).map((a) => `${a.pattern} → ${a.targets.join(',')}`);

test('a directory reference means its tsconfig.json; its paths are seen by its own files only', () => {
  const root = makeTempDir({
    'tsconfig.json': json({ files: [], references: [{ path: './src' }, { path: './scripts' }] }),
    'src/tsconfig.json': json({ include: ['**/*.ts'] }),
    'scripts/tsconfig.json': json({ compilerOptions: { paths: { '@wrkspc/src/*': ['../src/*'] } }, include: ['**/*.ts'] }),
  });
  const { aliases, notices } = readTsconfigAliases(root, 'tsconfig.json');
  expect(notices).toEqual([]);
  expect(aliases.map((a) => [a.pattern, a.targets, a.project?.config])).toEqual([['@wrkspc/src/*', ['src/*'], 'scripts/tsconfig.json']]);
  expect(keyIn(aliases, 'scripts/render.ts', '@wrkspc/src/types.ts')).toBe('file:src/types');
  // tsc would not resolve it from src/ (its project has no such paths): a package spelling there.
  expect(keyIn(aliases, 'src/index.ts', '@wrkspc/src/types.ts')).toBe('pkg:@wrkspc/src/types.ts');
  // The manifest's own entries (importer `.`) see every project's paths.
  expect(keyIn(aliases, '.', '@wrkspc/src/types.ts')).toBe('file:src/types');
});

test('file references in one directory (tsconfig.app.json, tsconfig.node.json) split the files by include', () => {
  const root = makeTempDir({
    'tsconfig.json': json({ files: [], compilerOptions: { paths: { '@/*': ['./*'] } }, references: [{ path: './tsconfig.app.json' }, { path: './tsconfig.node.json' }] }),
    'tsconfig.app.json': json({ include: ['src'], exclude: ['src/legacy'], compilerOptions: { paths: { '@/*': ['./src/*'] } } }),
    'tsconfig.node.json': json({ include: ['vite.config.ts'], compilerOptions: { paths: { '~/*': ['./tools/*'] } } }),
  });
  const { aliases } = readTsconfigAliases(root, 'tsconfig.json');
  expect(patternsSeenBy(aliases, 'src/app/main.tsx')).toEqual(['@/* → src/*']);
  expect(patternsSeenBy(aliases, 'vite.config.ts')).toEqual(['~/* → tools/*']);
  // Excluded by the app project, held by no other: the manifest tsconfig's own paths, as before.
  expect(patternsSeenBy(aliases, 'src/legacy/old.ts')).toEqual(['@/* → *']);
  expect(patternsSeenBy(aliases, 'e2e/smoke.ts')).toEqual(['@/* → *']);
});

test('references are followed recursively, each project read once, the innermost project holding a file deciding', () => {
  const root = makeTempDir({
    'tsconfig.json': json({ compilerOptions: { paths: { '#/*': ['./*'] } }, references: [{ path: 'packages/app' }] }),
    'packages/app/tsconfig.json': json({ compilerOptions: { paths: { '#/*': ['./src/*'] } }, references: [{ path: './tools/tsconfig.json' }, { path: '../../' }] }),
    'packages/app/tools/tsconfig.json': json({ compilerOptions: { paths: { '#/*': ['./*'] } }, references: [{ path: '..' }] }),
  });
  const { aliases, notices } = readTsconfigAliases(root, 'tsconfig.json');
  expect(notices).toEqual([]);
  expect(aliases.map((a) => a.project?.config)).toEqual([undefined, 'packages/app/tsconfig.json', 'packages/app/tools/tsconfig.json']);
  expect(keyIn(aliases, 'packages/app/src/a.ts', '#/b')).toBe('file:packages/app/src/b');
  expect(keyIn(aliases, 'packages/app/tools/gen.ts', '#/b')).toBe('file:packages/app/tools/b');
  expect(keyIn(aliases, 'lib/x.ts', '#/b')).toBe('file:b');
});

test('a referenced project takes paths, baseUrl and include from the tsconfig it extends, relative to that file', () => {
  const root = makeTempDir({
    'tsconfig.json': json({ files: [], references: [{ path: './scripts' }] }),
    'config/tsconfig.base.json': json({ compilerOptions: { baseUrl: '..', paths: { '@lib/*': ['lib/*'] } }, include: ['../scripts/**/*.ts'] }),
    'scripts/tsconfig.json': json({ extends: '../config/tsconfig.base.json' }),
  });
  const { aliases, notices } = readTsconfigAliases(root, 'tsconfig.json');
  expect(aliases.map((a) => [a.pattern, a.targets])).toEqual([['@lib/*', ['lib/*']]]);
  expect(keyIn(aliases, 'scripts/build.ts', '@lib/x')).toBe('file:lib/x');
  expect(keyIn(aliases, 'scripts/data.json.js', '@lib/x')).toBe('pkg:@lib/x');
  expect(notices).toEqual([
    'scripts/tsconfig.json: its baseUrl is read for its paths only; a bare import only that baseUrl resolves (not through paths) is not recognised in its files.',
  ]);
});

test('a reference that cannot be read is a notice; the other projects are still read', () => {
  const root = makeTempDir({
    'tsconfig.json': json({ files: [], references: [{ path: './gone' }, { path: './broken.json' }, { path: './scripts' }] }),
    'broken.json': '{ "compilerOptions": ',
    'scripts/tsconfig.json': json({ compilerOptions: { paths: { '@s/*': ['./*'] } } }),
  });
  const { aliases, notices } = readTsconfigAliases(root, 'tsconfig.json');
  expect(aliases.map((a) => a.pattern)).toEqual(['@s/*']);
  expect(notices).toHaveLength(2);
  expect(notices[0]).toBe(
    'tsconfig.json references "./gone": cannot read tsconfig gone/tsconfig.json, so imports written through that project\'s paths are not recognised; fix the reference or create the file.',
  );
  expect(notices[1]).toMatch(/^tsconfig\.json references "\.\/broken\.json": broken\.json:1:\d+: .*, so imports written through that project's paths are not recognised; fix the reference or create the file\.$/);
});

test('a base two projects extend and a project referenced twice are each read once', () => {
  const root = makeTempDir({
    'tsconfig.json': json({ files: [], references: [{ path: './a' }, { path: './b' }, { path: './a/tsconfig.json' }] }),
    'tsconfig.base.json': json({ compilerOptions: { paths: { '@/*': ['./src/*'] } } }),
    'a/tsconfig.json': json({ extends: '../tsconfig.base.json', references: [{ path: '../b' }] }),
    'b/tsconfig.json': json({ extends: '../tsconfig.base.json' }),
  });
  const read = jest.spyOn(fs, 'readFileSync');
  try {
    const { aliases } = readTsconfigAliases(root, 'tsconfig.json');
    expect(aliases.map((a) => a.project?.config)).toEqual(['a/tsconfig.json', 'b/tsconfig.json']);
    const files = read.mock.calls.map(([file]) => String(file).slice(root.length + 1));
    expect(files.sort()).toEqual(['a/tsconfig.json', 'b/tsconfig.json', 'tsconfig.base.json', 'tsconfig.json']);
  } finally {
    read.mockRestore();
  }
});

test('a tsconfig without references reads as before: its paths are seen by every file', () => {
  const root = makeTempDir({ 'tsconfig.json': json({ compilerOptions: { baseUrl: '.', paths: { '@/*': ['src/*'] } } }) });
  const { aliases, baseUrl } = readTsconfigAliases(root, 'tsconfig.json');
  expect(aliases).toEqual([{ pattern: '@/*', targets: ['src/*'] }]);
  expect(baseUrl).toBe('.');
  expect(aliasesSeenBy(aliases, 'anything/a.ts')).toBe(aliases);
});
