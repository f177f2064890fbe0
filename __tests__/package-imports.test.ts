// package.json `imports` (Node's subpath imports, `#models/user`): read into scoped aliases by the
// manifest loader, keyed by the importing file's own package, and respelled through them.
import { planFromManifestText } from '../src/manifest/load';
import { readPackageImports } from '../src/manifest/package-imports';
import { moduleKeyOf } from '../src/rewrite/js/module-key';
import { specifierFor } from '../src/rewrite/js/specifier';
import type { JsAlias } from '../src/types';
import { cleanupTempDirs, makeTempDir } from './helpers/temp-repo';

afterAll(cleanupTempDirs);

const json = (value: unknown) => JSON.stringify(value, null, 2);

describe('readPackageImports', () => {
  test('file entries become aliases scoped to their package; package, null and non-# entries are left out', () => {
    const root = makeTempDir({
      'package.json': json({
        imports: {
          '#models/*': './app/models/*.js',
          '#config': { types: './config/index.ts', default: './build/config/index.js' },
          '#mock': { storybook: './src/mock.ts', default: './src/real.ts' },
          '#dep': 'lodash-es',
          '#internal/*': null,
          'models/*': './app/models/*.js',
          '#two/*/*': './a/*/*.js',
          '#out': '../outside.js',
        },
      }),
      'packages/ui/package.json': json({ name: '@x/ui', imports: { '#models/*': './src/models/*.ts' } }),
    });
    expect(readPackageImports(root, ['', 'packages/ui', './packages/ui/'])).toEqual([
      { pattern: '#models/*', targets: ['app/models/*.js'], scope: '' },
      { pattern: '#config', targets: ['config/index.ts'], scope: '' },
      { pattern: '#mock', targets: ['src/real.ts'], scope: '' },
      { pattern: '#models/*', targets: ['packages/ui/src/models/*.ts'], scope: 'packages/ui' },
    ]);
    // The tsconfig's customConditions are matched too, in the entry's own order.
    expect(readPackageImports(root, [''], ['storybook']).find((a) => a.pattern === '#mock')?.targets).toEqual(['src/mock.ts']);
  });

  test('the loader reads the root, the tsconfig folder and the workspaces', () => {
    const root = makeTempDir({
      'package.json': json({ workspaces: ['packages/*'], imports: { '#root/*': './lib/*.js' } }),
      'web/tsconfig.json': json({ compilerOptions: { module: 'nodenext' } }),
      'web/package.json': json({ imports: { '#web/*': './src/*.js' } }),
      'packages/core/package.json': json({ name: '@x/core', imports: { '#core/*': './src/*.js' } }),
    });
    const manifest = json({ javascript: { tsconfig: 'web/tsconfig.json', moves: [{ from: './web/src/old.ts', to: './web/src/new.ts' }] } });
    const plan = planFromManifestText(manifest, 'm.json', root);
    expect(plan.javascript!.aliases.map((a) => [a.pattern, a.scope])).toEqual([
      ['#root/*', ''],
      ['#web/*', 'web'],
      ['#core/*', 'packages/core'],
    ]);
  });
});

describe('keys and spellings through package imports', () => {
  const aliases: JsAlias[] = [
    { pattern: '@/*', targets: ['src/*'] },
    { pattern: '#lib/*', targets: ['src/lib/*.js'], scope: '' },
    { pattern: '#log', targets: ['src/log.js'], scope: '' },
    { pattern: '#lib/*', targets: ['packages/a/src/*.ts'], scope: 'packages/a' },
  ];
  const key = (specifier: string, importer: string) => moduleKeyOf(specifier, { importer, aliases });

  test("a file sees its own package's entries, the innermost package holding it", () => {
    expect(key('#lib/date', 'src/app.ts')).toBe('file:src/lib/date');
    expect(key('#lib/date', 'packages/a/src/app.ts')).toBe('file:packages/a/src/date');
    expect(key('#log', 'src/app.ts')).toBe('file:src/log');
    // packages/a's package.json has no #log: Node would not find it there, nor is it a file here.
    expect(key('#log', 'packages/a/src/app.ts')).toBe('pkg:#log');
    // The manifest's own entries are read from the root.
    expect(key('#lib/date', '.')).toBe('file:src/lib/date');
  });

  const spell = (original: string, target: string, importer = 'src/app/page.ts') =>
    specifierFor({ original, importer, targetKey: `file:${target}`, targetModule: `./${target}.ts`, aliases });

  test.each([
    ['stays a # spelling, without the extension its entry adds', '#lib/date', 'src/lib/time', '#lib/time'],
    ['not with an extension the entry would double (`#lib/time.ts` is src/lib/time.ts.js)', '#lib/date.ts', 'src/lib/time', '../lib/time.ts'],
    ['becomes relative with the entry extension when no entry covers the target', '#lib/date', 'src/util/time', '../util/time.js'],
    ['an exact entry likewise', '#log', 'src/logging/log', '../logging/log.js'],
    ['never through a tsconfig alias, which Node does not read', '#lib/date', 'src/other', '../other.js'],
    ['a tsconfig spelling prefers a tsconfig alias', '@/lib/date', 'src/lib/time', '@/lib/time'],
  ])('%s', (_, original, target, expected) => {
    expect(spell(original, target)).toBe(expected);
  });

  test("another package's entries are not used", () => {
    expect(spell('#lib/date', 'packages/a/src/time', 'src/app/page.ts')).toBe('../../packages/a/src/time.js');
    expect(spell('#lib/date', 'packages/a/src/time', 'packages/a/src/page.ts')).toBe('#lib/time');
  });
});

describe('an alias leading into a moved module', () => {
  test('is named with the target to write, for package.json imports and tsconfig paths', () => {
    const root = makeTempDir({
      'package.json': json({ workspaces: ['web'], imports: { '#services/*': './app/services/*.js', '#log': './app/log.js', '#other/*': './app/other/*.js' } }),
      'web/package.json': json({ name: 'web', imports: { '#svc/*': './src/services/*' } }),
      'tsconfig.json': json({ compilerOptions: { baseUrl: '.', paths: { '@services/*': ['app/services/*'] } } }),
    });
    const manifest = json({
      javascript: {
        moves: [
          { from: './app/services', to: './app/core/services' },
          { from: './app/log.ts', to: './app/logging/log.ts' },
          { from: './web/src/services', to: './web/src/api' },
        ],
      },
    });
    const notices = planFromManifestText(manifest, 'm.json', root).notices.filter((n) => n.includes('leads into'));
    expect(notices).toEqual([
      'tsconfig paths entry "@services/*" leads into app/services, which moves to app/core/services: the run respells the imports written through it; point it at app/core/services/* (from the repository\'s root) instead and they stay as they are.',
      'package.json "imports" entry "#services/*" leads into app/services, which moves to app/core/services: the run respells the imports written through it; point it at "./app/core/services/*.js" instead and they stay as they are.',
      'package.json "imports" entry "#log" leads into app/log, which moves to app/logging/log: the run respells the imports written through it; point it at "./app/logging/log.js" instead and they stay as they are.',
      'web/package.json "imports" entry "#svc/*" leads into web/src/services, which moves to web/src/api: the run respells the imports written through it; point it at "./src/api/*" instead and they stay as they are.',
    ]);
  });

  test('an exports entry (package.json, under every condition, and jsr.json) is named too: the run never rewrites it', () => {
    const root = makeTempDir({
      'package.json': json({ workspaces: ['packages/*'] }),
      'packages/zod/package.json': json({
        name: 'zod',
        exports: { '.': './src/index.ts', './v4/locales/*': { '@zod/source': './src/v4/locales/*', default: './dist/v4/locales/*' }, './v4/locales/fr.js': ['./src/v4/locales/fr.ts'] },
      }),
      'packages/zod/jsr.json': json({ name: '@zod/zod', exports: { './v4/locales/en': './src/v4/locales/en.ts' } }),
    });
    const manifest = json({ javascript: { moves: [{ from: './packages/zod/src/v4/locales', to: './packages/zod/src/v4/i18n/locales' }] } });
    const notices = planFromManifestText(manifest, 'm.json', root).notices.filter((n) => n.includes('"exports"'));
    const said = (file: string, subpath: string, target: string) =>
      `${file} "exports" entry "${subpath}" leads into packages/zod/src/v4/locales, which moves to packages/zod/src/v4/i18n/locales, and is not rewritten: point it at "${target}", or the package's importers through it break.`;
    expect(notices).toEqual([
      said('packages/zod/package.json', './v4/locales/*', './src/v4/i18n/locales/*'),
      said('packages/zod/package.json', './v4/locales/fr.js', './src/v4/i18n/locales/fr.ts'),
      said('packages/zod/jsr.json', './v4/locales/en', './src/v4/i18n/locales/en.ts'),
    ]);
  });
});
