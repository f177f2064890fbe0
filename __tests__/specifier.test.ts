// Unit tests for src/rewrite/js/specifier.ts: new specifiers keep the style of the ones they replace.
import { aliasSpecifier, relativeSpecifier, specifierFor, type SpecifierRequest } from '../src/rewrite/js/specifier';
import type { JsAlias } from '../src/types';

const aliases: JsAlias[] = [
  { pattern: '@/*', targets: ['src/*'] },
  { pattern: '@shared/*', targets: ['packages/shared/src/*'] },
  { pattern: 'config', targets: ['config/index.ts'] },
];

const request = (original: string, targetKey: string, extra: Partial<SpecifierRequest> = {}): SpecifierRequest => ({
  original,
  importer: 'src/app/page.ts',
  targetKey,
  targetModule: targetKey.replace(/^file:/, './'),
  aliases,
  ...extra,
});

describe('a target the manifest spells bare', () => {
  const mapped: JsAlias[] = [...aliases, { pattern: 'new-pkg', targets: ['vendor/new-pkg/index.ts'] }];
  test.each([
    ['an exact paths entry is written as spelled, even from a relative original', '../legacy-pkg', 'new-pkg'],
    ['and from a bare original', 'legacy-pkg', 'new-pkg'],
  ])('%s', (_, original, expected) => {
    expect(specifierFor(request(original, 'file:vendor/new-pkg/index', { targetModule: 'new-pkg', aliases: mapped }))).toBe(expected);
  });

  test('a wildcard alias target keeps a relative original relative', () => {
    expect(specifierFor(request('../legacy/a', 'file:src/lib/a', { targetModule: '@/lib/a' }))).toBe('../lib/a');
  });
});

describe('specifierFor', () => {
  test.each([
    ['relative stays relative', '../legacy/a', 'file:src/lib/a', '../lib/a'],
    ['relative into the same directory keeps ./', './old', 'file:src/app/new', './new'],
    ['relative keeps its extension', '../legacy/a.js', 'file:src/lib/a', '../lib/a.js'],
    ['alias stays alias', '@/legacy/a', 'file:src/lib/a', '@/lib/a'],
    ['alias with extension', '@/legacy/a.js', 'file:src/lib/a', '@/lib/a.js'],
    ['alias switches to the alias covering the target', '@/legacy/a', 'file:packages/shared/src/x', '@shared/x'],
    ['alias target outside every alias becomes relative', '@/legacy/a', 'file:tools/x', '../../tools/x'],
    ['package target is bare', '../legacy/a', 'pkg:lodash-es', 'lodash-es'],
    ['bare stays bare', 'old-pkg', 'pkg:new-pkg/sub', 'new-pkg/sub'],
    ['bare legacy into a repo file uses an alias', 'old-pkg', 'file:src/lib/a', '@/lib/a'],
    ['root-absolute stays absolute', '/src/legacy/a', 'file:src/lib/a', '/src/lib/a'],
  ])('%s', (_, original, targetKey, expected) => {
    expect(specifierFor(request(original, targetKey))).toBe(expected);
  });

  test('a .cjs or .mjs target keeps its extension: Node and TypeScript never find it without one', () => {
    expect(specifierFor(request('../legacy/log', 'file:src/lib/log', { targetModule: './src/lib/log.cjs' }))).toBe('../lib/log.cjs');
    expect(specifierFor(request('../legacy/log.js', 'file:src/lib/log', { targetModule: './src/lib/log.mjs' }))).toBe('../lib/log.mjs');
    expect(specifierFor(request('../legacy/log', 'file:src/lib/log', { targetModule: './src/lib/log.ts' }))).toBe('../lib/log');
  });

  test('an explicit /index is kept when the target is an index module', () => {
    expect(specifierFor(request('../legacy/index', 'file:src/lib', { targetModule: './src/lib/index.ts' }))).toBe('../lib/index');
    expect(specifierFor(request('../legacy/index.js', 'file:src/lib', { targetModule: './src/lib/index.ts' }))).toBe('../lib/index.js');
    expect(specifierFor(request('../legacy', 'file:src/lib', { targetModule: './src/lib/index.ts' }))).toBe('../lib');
  });

  test('a target spelled as a folder keeps /index where the original spelled it and its file is an index (zod: locales moved whole)', () => {
    // `./src/locales` → `./src/i18n/locales`, and src/i18n/locales/index.ts is the module (JavascriptPlan.targetFiles).
    const folder = { targetModule: './src/i18n/locales', targetFile: 'src/i18n/locales/index.ts', importer: 'src/app/main.ts' };
    expect(specifierFor(request('../locales/index.js', 'file:src/i18n/locales', folder))).toBe('../i18n/locales/index.js');
    expect(specifierFor(request('../locales/index', 'file:src/i18n/locales', folder))).toBe('../i18n/locales/index');
    expect(specifierFor(request('../locales', 'file:src/i18n/locales', folder))).toBe('../i18n/locales');
    // A file spelled by its extension that now is a folder's index is reached only through /index.
    expect(specifierFor(request('../locales.js', 'file:src/i18n/locales', folder))).toBe('../i18n/locales/index.js');
    // Onto a plain file, the index spelling goes: `locales/index.js` would name nothing.
    const file = { ...folder, targetFile: 'src/i18n/locales.ts' };
    expect(specifierFor(request('../locales/index.js', 'file:src/i18n/locales', file))).toBe('../i18n/locales.js');
    expect(specifierFor(request('../locales/index', 'file:src/i18n/locales', file))).toBe('../i18n/locales');
    // Not in the repository (yet): a folder moving whole keeps its layout, so the original's spelling says.
    const unknown = { targetModule: './src/i18n/locales', importer: 'src/app/main.ts' };
    expect(specifierFor(request('../locales/index.js', 'file:src/i18n/locales', unknown))).toBe('../i18n/locales/index.js');
    expect(specifierFor(request('../locales/index', 'file:src/i18n/locales', unknown))).toBe('../i18n/locales/index');
    expect(specifierFor(request('../locales.js', 'file:src/i18n/locales', unknown))).toBe('../i18n/locales.js');
    // A target the manifest spells as a file is one.
    expect(specifierFor(request('../locales/index.js', 'file:src/i18n/locales', { ...unknown, targetModule: './src/i18n/locales.ts' }))).toBe('../i18n/locales.js');
  });

  test('through an alias whose target adds the extension, an index target keeps /index: such an alias names files, never folders', () => {
    // zustand's layout (r6 of the trial): `"lib/*": ["./src/*.ts"]`, `./src/mw/b.ts` → `./src/mw/b/index.ts`.
    const withExtension: JsAlias[] = [{ pattern: 'lib/*', targets: ['./src/*.ts'] }];
    const into = { targetModule: './src/mw/b/index.ts', aliases: withExtension, importer: 'tests/t.ts' };
    expect(specifierFor(request('lib/mw/b', 'file:src/mw/b', into))).toBe('lib/mw/b/index');
    expect(specifierFor(request('lib/legacy/b', 'file:src/mw/b', into))).toBe('lib/mw/b/index');
    // An alias onto folders and files alike (`@/*` → `src/*`) finds the index by the folder's name.
    expect(specifierFor(request('@/legacy/b', 'file:src/mw/b', { targetModule: './src/mw/b/index.ts' }))).toBe('@/mw/b');
  });
});

describe('relativeSpecifier', () => {
  test('computes ./ and ../ paths from the importing file', () => {
    expect(relativeSpecifier('src/a.ts', 'src/b')).toBe('./b');
    expect(relativeSpecifier('src/x/a.ts', 'lib/b')).toBe('../../lib/b');
    expect(relativeSpecifier('a.ts', 'b')).toBe('./b');
  });
});

describe('aliasSpecifier', () => {
  test('prefers the alias the original used, and knows exact aliases', () => {
    expect(aliasSpecifier('src/x', '@/y', aliases)).toBe('@/x');
    expect(aliasSpecifier('config/index', 'whatever', aliases)).toBe('config');
    expect(aliasSpecifier('elsewhere/x', '@/y', aliases)).toBeUndefined();
  });
});
