// Bare JS specifiers resolved the way Node and TypeScript find them: node_modules from a folder
// upwards, `exports` (conditions in their own order, `*` patterns), else types/module/main/index;
// built-ins; and whether a package.json declares a dependency.
import path from 'node:path';
import { declaredDependency, exportsTarget, resolvePackage, splitSpecifier } from '../src/verify/node-resolve';
import { cleanupTempDirs, makeTempDir } from './helpers/temp-repo';

afterAll(cleanupTempDirs);

test('splitSpecifier separates the package name from its subpath', () => {
  expect(splitSpecifier('lodash-es')).toEqual(['lodash-es', '.']);
  expect(splitSpecifier('@scope/pkg/a/b')).toEqual(['@scope/pkg', './a/b']);
});

test('exports: exact subpaths, condition order, arrays, * patterns (longest prefix wins), sugar', () => {
  expect(exportsTarget('./index.js', '.')).toBe('./index.js');
  expect(exportsTarget({ import: './esm.js', require: './cjs.js' }, '.')).toBe('./esm.js');
  expect(exportsTarget({ '.': { browser: './b.js', require: './cjs.js', types: './t.d.ts' } }, '.')).toBe('./cjs.js');
  expect(exportsTarget({ '.': [{ worker: './w.js' }, './fallback.js'] }, '.')).toBe('./fallback.js');
  expect(exportsTarget({ './*': './dist/*.js', './utils/*': './dist/u/*.js' }, './utils/x')).toBe('./dist/u/x.js');
  expect(exportsTarget({ '.': './i.js' }, './missing')).toBeUndefined();
});

test('resolvePackage walks node_modules upwards and reads the entry fields', () => {
  const root = makeTempDir({
    'node_modules/typed/package.json': JSON.stringify({ name: 'typed', main: 'lib/index.js', types: 'lib/index.d.ts' }),
    'node_modules/typed/lib/index.js': '',
    'node_modules/typed/lib/index.d.ts': '',
    'node_modules/plain/index.js': '',
    'node_modules/@s/p/package.json': JSON.stringify({ exports: { './sub': { types: './sub.d.ts', default: './sub.js' } } }),
    'node_modules/@s/p/sub.d.ts': '',
    'app/deep/x.ts': '',
  });
  const from = path.join(root, 'app', 'deep');
  expect(resolvePackage('typed', from)).toMatchObject({ kind: 'file', file: path.join(root, 'node_modules/typed/lib/index.d.ts') });
  expect(resolvePackage('plain', from)).toMatchObject({ kind: 'file', file: path.join(root, 'node_modules/plain/index.js') });
  expect(resolvePackage('@s/p/sub', from)).toMatchObject({ kind: 'file', file: path.join(root, 'node_modules/@s/p/sub.d.ts') });
  expect(resolvePackage('@s/p', from)).toMatchObject({ kind: 'unresolved' });
  expect(resolvePackage('absent', from)).toEqual({ kind: 'missing' });
  expect(resolvePackage('node:fs', from)).toEqual({ kind: 'builtin' });
  expect(resolvePackage('path', from)).toEqual({ kind: 'builtin' });
});

test('declaredDependency finds any kind of dependency in a package.json from the folder upwards', () => {
  const root = makeTempDir({ 'package.json': JSON.stringify({ devDependencies: { vitest: '1' } }), 'web/package.json': JSON.stringify({ dependencies: { react: '18' } }) });
  expect(declaredDependency('react', path.join(root, 'web'))).toBe(path.join(root, 'web/package.json'));
  expect(declaredDependency('vitest', path.join(root, 'web'))).toBe(path.join(root, 'package.json'));
  expect(declaredDependency('vue', path.join(root, 'web'))).toBeUndefined();
});
