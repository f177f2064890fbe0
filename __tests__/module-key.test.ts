// Unit tests for src/rewrite/js/module-key.ts: which module (JsModuleKey) a specifier names.
import { aliasedPath, moduleKeyOf } from '../src/rewrite/js/module-key';
import type { JsAlias } from '../src/types';

describe('a file moved into its folder index (JavascriptPlan.explicitFiles)', () => {
  // `./src/mw/b.ts` → `./src/mw/b/index.ts`: the old file's key is `file:src/mw/b.ts`, the module's `file:src/mw/b`.
  const explicitFiles = { 'src/mw/b': 'file:src/mw/b.ts' };
  const key = (specifier: string, aliases: JsAlias[] = []) => moduleKeyOf(specifier, { importer: 'tests/t.ts', aliases, explicitFiles });

  test('a relative specifier names the old file only by its extension', () => {
    expect(key('../src/mw/b.ts')).toBe('file:src/mw/b.ts');
    expect(key('../src/mw/b')).toBe('file:src/mw/b');
  });

  test('through an alias, the path the alias makes of it decides: one whose target adds the extension names the old file', () => {
    const withExtension: JsAlias[] = [{ pattern: 'lib/*', targets: ['./src/*.ts'] }];
    expect(key('lib/mw/b', withExtension)).toBe('file:src/mw/b.ts');
    const plain: JsAlias[] = [{ pattern: 'lib/*', targets: ['./src/*'] }];
    expect(key('lib/mw/b', plain)).toBe('file:src/mw/b');
    expect(key('lib/mw/b.ts', plain)).toBe('file:src/mw/b.ts');
  });

  test('aliasedPath is undefined for specifiers no alias maps', () => {
    const aliases: JsAlias[] = [{ pattern: 'lib/*', targets: ['./src/*.ts'] }];
    expect(aliasedPath('lib/x', { importer: 'a.ts', aliases })).toBe('./src/x.ts');
    expect(aliasedPath('./lib/x', { importer: 'a.ts', aliases })).toBeUndefined();
    expect(aliasedPath('lodash', { importer: 'a.ts', aliases })).toBeUndefined();
  });
});
