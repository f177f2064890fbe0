// javascript-prefilter: a JS/TS file reaches the rewriter when it may name a legacy module. Examples
// of the spellings that contain no needle (escapes, exact aliases, index modules reached with dots,
// computed specifiers of a directory holding a legacy module), then soundness: on random files of
// every reference form, spelled with random escapes and placed in random directories, the prefilter
// lets through every file in which the real JS rewriter finds anything.
import fc from 'fast-check';
import { compilePlan } from '../src/manifest/plan';
import { createPlanPrefilter } from '../src/pipeline/prefilter';
import { escapeTolerant } from '../src/pipeline/escape-tolerant';
import { javascriptRewriter } from '../src/rewrite/js';
import { SourceSyntaxError } from '../src/rewrite/source-syntax-error';
import type { MigrationPlan } from '../src/types';
import { runs, SEED } from './helpers/source-arbitraries';

const MOVES = [
  { from: './web/lib/ws-manager.ts:WSManager', to: './web/services/webSocketService.ts:WebSocketService' },
  { from: '@/services/legacyWs', to: '@/services/webSocketService' },
  { from: './web/lib/legacy/index.ts', to: './web/lib/modern.ts' },
  { from: 'legacy-lib', to: 'core-lib' },
  { from: './web/lib/old-utils.ts', to: './web/lib/modern.ts' },
];
const ALIASES = [
  { pattern: '@/*', targets: ['web/*'] },
  { pattern: 'wsconf', targets: ['web/services/legacyWs.ts'] },
  { pattern: '@lw/*', targets: ['web/lib/legacy/*'] },
  { pattern: 'legsub', targets: ['web/lib/legacy/deep/sub.ts'] },
  // package.json `imports` (Node's subpath imports), scoped to their package's directory.
  { pattern: '#svc/*', targets: ['web/services/*.js'], scope: '' },
  { pattern: '#wsm', targets: ['web/lib/ws-manager.js'], scope: 'web/lib' },
];
const planOf = (moves: object[]): MigrationPlan => compilePlan({ javascript: { moves } } as never, { file: 'ssot-codemod.json', aliases: ALIASES });
const PLAN = planOf(MOVES);
const passes = (plan: MigrationPlan, source: string, path: string) => createPlanPrefilter(plan)(Buffer.from(source, 'utf8'), path, 'javascript');

function referencesIn(plan: MigrationPlan, source: string, path: string): number | undefined {
  try {
    const outcome = javascriptRewriter.rewrite({ source, path, plan });
    return outcome.edits.length + outcome.findings.length;
  } catch (error) {
    if (error instanceof SourceSyntaxError) return undefined; // the generator wrote something Babel refuses
    throw error;
  }
}

describe('javascript prefilter', () => {
  // A comment between a callee's tokens matches one way only: a banner of `/` after `import` or
  // `jest.mock` (no `(` follows) took the prefilter 20 s for 40 slashes (exponential backtracking).
  test.each(['const m = import', 'jest.mock', 'require.resolve', 'import.meta'])('a banner of slashes or block comments after %s takes no backtracking', (callee) => {
    for (const banner of ['/'.repeat(34), '/* a */'.repeat(25)]) {
      const source = `${callee}\n${banner}\n`;
      const t0 = process.hrtime.bigint();
      passes(PLAN, source, 'web/a.ts');
      expect(Number(process.hrtime.bigint() - t0) / 1e6).toBeLessThan(500);
    }
  });

  test('a moved file is spelled with its parent segment, a dot segment before it, or through what stands for the parent', () => {
    const ws = "import { WSManager } from '$';\n";
    // From outside web/lib: the parent's segment is spelled; from inside it, `./` or `../`.
    for (const [spec, path] of [['@/lib/ws-manager', 'web/a.ts'], ['../lib/ws-manager', 'web/app/a.ts'], ['./ws-manager', 'web/lib/a.ts'], ['../ws-manager', 'web/lib/sub/a.ts'], ['@/app/../lib/ws-manager', 'web/a.ts'], ['@/lib//ws-manager', 'web/a.ts']]) {
      const source = ws.replace('$', spec);
      expect({ spec, found: referencesIn(PLAN, source, path)! > 0, passes: passes(PLAN, source, path) }).toEqual({ spec, found: true, passes: true });
    }
    // The base name in another directory is no spelling of it…
    expect(passes(PLAN, "import x from '@/other/ws-manager';\n", 'web/a.ts')).toBe(false);
    // …unless an alias stands for the parent (`@wl/ws-manager` through `@wl/*` → `web/lib/*`).
    const parentAlias = compilePlan({ javascript: { moves: MOVES } } as never, { file: 'ssot-codemod.json', aliases: [...ALIASES, { pattern: '@wl/*', targets: ['web/lib/*'] }] });
    expect(referencesIn(parentAlias, ws.replace('$', '@wl/ws-manager'), 'web/a.ts')).toBeGreaterThan(0);
    expect(passes(parentAlias, ws.replace('$', '@wl/ws-manager'), 'web/a.ts')).toBe(true);
    // A baseUrl at the parent spells the base name alone (`ws-manager`, bare).
    const bare = compilePlan({ javascript: { moves: MOVES } } as never, { file: 'ssot-codemod.json', aliases: [], baseUrl: 'web/lib' });
    expect(referencesIn(bare, "import { WSManager } from 'ws-manager';\n", 'web/a.ts')).toBeGreaterThan(0);
    expect(passes(bare, "import { WSManager } from 'ws-manager';\n", 'web/a.ts')).toBe(true);
  });

  test('a retired alias (a move from the alias itself): every spelling through it passes, the canonical spelling does not', () => {
    const plan = compilePlan({ javascript: { moves: [{ from: '@/compat', to: '@/services' }] } } as never, {
      file: 'ssot-codemod.json',
      aliases: [{ pattern: '@/compat/*', targets: ['web/services/*'] }, ...ALIASES],
    });
    for (const source of ["import x from '@/compat/webSocketService';\n", "import x from '@/com\\u0070at/webSocketService';\n", 'const m = import(`@/compat/${name}`);\n']) {
      expect(referencesIn(plan, source, 'web/a.ts')).toBeGreaterThan(0);
      expect(passes(plan, source, 'web/a.ts')).toBe(true);
    }
    const canonical = "import x from '@/services/webSocketService';\n";
    expect(referencesIn(plan, canonical, 'web/a.ts')).toBe(0);
    expect(passes(plan, canonical, 'web/a.ts')).toBe(false);
  });

  test.each([
    ['the base name', "import x from '@/services/legacyWs';\n", 'web/a.ts'],
    ['an escaped specifier', "import x from '@/services/legacy\\u0057s';\n", 'web/a.ts'],
    ['a line continuation inside the specifier', "import x from '@/services/legacy\\\nWs';\n", 'web/a.ts'],
    ['an exact alias of the legacy file', "import x from 'wsconf';\n", 'web/a.ts'],
    ['an exact alias of a file below a moved directory module', "import x from 'legsub';\n", 'web/a.ts'],
    ['a subpath of a moved package', "import x from 'legacy-lib/sub';\n", 'web/a.ts'],
    ['an alias whose target holds the base name', "import x from '@lw/index';\n", 'web/a.ts'],
    ['a package.json subpath import whose target ends in an extension', "import x from '#svc/legacyWs';\n", 'web/a.ts'],
    ['an exact package.json subpath import of the legacy file', "import { WSManager } from '#wsm';\n", 'web/lib/sub/a.ts'],
    ['the index module from below, with dots', "import x from '..';\n", 'web/lib/legacy/sub/a.ts'],
    ['the index module from beside it', "import x from './index';\n", 'web/lib/legacy/a.ts'],
    ['a computed require of the directory holding a legacy file', "const m = require('../lib/' + name);\n", 'web/app/a.ts'],
    ['a computed dynamic import in a template', 'const m = import(`./${name}`);\n', 'web/a.ts'],
    ['a specifier with its extension', "import { WSManager } from './lib/ws-manager.ts';\n", 'web/a.ts'],
    ['a mention in a comment, followed by punctuation', '// moved away from @/services/legacyWs.\n', 'web/a.ts'],
    ['a mention in a string naming no module', "const p = path.resolve(__dirname, '../services/legacyWs.ts');\n", 'web/app/a.ts'],
    ['a computed specifier ending in the base name', 'const m = require(`${dir}/ws-manager`);\n', 'web/a.ts'],
    ['a computed specifier whose piece after an expression is the base name', 'const m = import(`${prefix}ws-manager`);\n', 'web/a.ts'],
    ['a computed require of the directory, in parentheses and after a comment', "const m = require(/* lazy */ ('../lib/') + name);\n", 'web/app/a.ts'],
    ['a computed jest.mock of the directory over three lines', "jest\n  .mock(\n    '../lib/' // where they live\n      + name);\n", 'web/app/a.ts'],
    ['a computed proxyquire of the directory', "const m = proxyquire('../lib/' + name, {});\n", 'web/app/a.ts'],
    ['a computed require of the directory, its piece holding an escape', "const m = require('..\\/lib/' + name);\n", 'web/app/a.ts'],
    ['a computed require of the directory in a file with a letter escape', "const s = '\\u0041';\nconst m = require('../lib/' + name);\n", 'web/app/a.ts'],
    ['a Vite glob loading a moved file', "const pages = import.meta.glob('../lib/*.ts');\n", 'web/app/a.ts'],
    ['a Vite glob with a type argument', "const pages = import.meta.glob<{ install: () => void }>('../lib/*.ts', { eager: true });\n", 'web/app/a.ts'],
    ['a Vite glob through an alias, over lines', "const pages = import.meta\n  .glob(['@/lib/legacy/*.ts'], { eager: true });\n", 'web/a.ts'],
    ['a webpack require.context of the moved file\'s directory', "const ctx = require.context('./lib/legacy', true, /\\.ts$/);\n", 'web/a.ts'],
  ])('passes: %s', (_label, source, path) => {
    expect(referencesIn(PLAN, source, path)).toBeGreaterThan(0);
    expect(passes(PLAN, source, path)).toBe(true);
  });

  test.each([
    ['no specifier of a legacy module', "import React from 'react';\nconst url = '/api/';\n", 'web/a.ts'],
    ['the canonical module', "import x from '@/services/webSocketService';\n", 'web/a.ts'],
    ['dots outside the legacy directory', "import x from '..';\n", 'web/app/a.ts'],
    ['a string ending in a slash, but no call that could load it', "const url = '/api/' + id;\n", 'web/a.ts'],
    ['a string ending in a slash that opens no call, beside a require', "const url = '/api/';\nconst m = require(url + name);\n", 'web/app/a.ts'],
    ['a computed specifier whose directory text does not lead it', "const m = require(base + '../lib/');\n", 'web/app/a.ts'],
    ['a computed specifier with the base name inside another name', "const m = require('my-' + 'ws-managers');\n", 'web/a.ts'],
    ['the base name inside other names only', "import { build } from './legacyWsx';\nconst oldlegacyWs = 1;\n", 'web/a.ts'],
    // eslint's bin/eslint.js: `require(\`../messages/${error.messageTemplate}.js\`)` leads into no directory of a moved file.
    ['a computed require of another directory', 'const m = require(`../messages/${name}.js`);\n', 'web/app/a.ts'],
    ['a computed require of another directory, in a file with backslashes', "const re = /\\d+\\.\\w/;\nconst m = require('../messages/' + name);\n", 'web/app/a.ts'],
  ])('skips: %s', (_label, source, path) => {
    expect(referencesIn(PLAN, source, path)).toBe(0);
    expect(passes(PLAN, source, path)).toBe(false);
  });

  test('escape-tolerant needles match every escaped form of each character, and nothing else', () => {
    const re = new RegExp(`^(?:${escapeTolerant('aé/')})$`);
    for (const spelled of ['aé/', '\\x61é/', '\\u0061\\u00E9\\/', '\\u{61}\\xe9\\x2F', '\\141\\351/', 'a\\\né\\\r\n/']) {
      expect({ spelled, matches: re.test(Buffer.from(spelled, 'utf8').toString('latin1')) }).toEqual({ spelled, matches: true });
    }
    expect(re.test('ab/')).toBe(false);
    expect(re.test('\\na/')).toBe(false);
  });
});

const IMPORTERS = ['web/a.ts', 'web/app/b.tsx', 'web/lib/h.ts', 'web/lib/sub/k.ts', 'web/lib/legacy/c.ts', 'web/lib/legacy/sub/d.ts', 'web/services/e.ts', 'web/lib/ws-manager/g.ts', 'other/f.js'];
const SPECIFIERS = [
  '@/services/legacyWs', '../lib/ws-manager', './ws-manager', './lib/ws-manager.ts', 'wsconf', '..', '.', './', './index', '../index.js', '@lw/index', '@lw/x/..',
  'legacy-lib', '@/lib/legacy', '@/lib/legacy/index', '/web/lib/ws-manager', './other', 'react', '@/services/webSocketService', '@lw/other',
  'legacy-lib/sub', '@/lib/legacy/deep/sub', 'legsub', './legacy/x', '@/lib//ws-manager', './old-utils', '../old-utils', '../lib/old-utils', '@/lib/old-utils', './sub/../old-utils',
  '@/app/../lib/ws-manager', './../lib/ws-manager', '../legacy', '../../legacy/deep', '#svc/legacyWs', '#svc/other', '#wsm',
];
const PREFIXES = ['./', '../', '../lib/', '@/', '@/services/', '@lw/', '#svc/', '#', 'web/', './x', 'lib', '', 'x/ws-manager', 'my-ws-manager', 'ws-managerx', 'old-utils'];

/** Escapes random characters of a specifier the ways a JS string allows (the value stays the same). */
const escaped = (text: string) =>
  fc.array(fc.constantFrom('plain', 'plain', 'plain', 'x', 'u', 'brace', 'identity', 'continuation'), { minLength: text.length, maxLength: text.length }).map((how) =>
    [...text]
      .map((ch, i) => {
        const cp = ch.charCodeAt(0);
        switch (how[i]) {
          case 'x':
            return `\\x${cp.toString(16).padStart(2, '0')}`;
          case 'u':
            return `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
          case 'brace':
            return `\\u{${cp.toString(16)}}`;
          case 'identity':
            return /[bfnrtvux0-9]/.test(ch) ? ch : `\\${ch}`;
          case 'continuation':
            return `\\\n${ch}`;
          default:
            return ch;
        }
      })
      .join(''),
  );
const specifier = fc.constantFrom(...SPECIFIERS).chain((s) => fc.oneof(fc.constant(s), escaped(s)));

const statement = fc.oneof(
  fc.tuple(specifier, fc.constantFrom("'", '"')).chain(([s, q]) =>
    fc.constantFrom(
      `import x$N from ${q}${s}${q};\n`,
      `import { WSManager as W$N } from ${q}${s}${q};\n`,
      `export * from ${q}${s}${q};\n`,
      `const m$N = require(${q}${s}${q});\n`,
      `void import(${q}${s}${q});\n`,
      `jest.mock(${q}${s}${q});\n`,
      `const r$N = import.meta.resolve(${q}${s}${q});\n`,
    ),
  ),
  fc.constantFrom(...PREFIXES).map((p) => fc.constantFrom(`const c$N = require('${p}' + name);\n`, `void import(\`${p}\${name}\`);\n`, `const u$N = '${p}' + name;\n`, `const v$N = import.meta /* ESM */ .resolve('${p}' + name);\n`)).chain((a) => a),
  fc.constantFrom('const a$N = 1;\n', "const s$N = 'a\\nb';\n", '// a comment with ws-manager in it\n', 'const r$N = /\\d+\\//;\n'),
);

test('the prefilter lets through every file the JS rewriter finds anything in', () => {
  let referencing = 0;
  let skipped = 0;
  fc.assert(
    fc.property(fc.array(statement, { maxLength: 4 }), fc.constantFrom(...IMPORTERS), fc.subarray(MOVES, { minLength: 1 }), (statements, path, moves) => {
      const source = statements.map((s, i) => s.replace(/\$N/g, String(i))).join('');
      const plan = planOf(moves);
      const found = referencesIn(plan, source, path);
      if (found === undefined) return;
      const passed = passes(plan, source, path);
      if (found > 0) {
        expect({ source, path, passed }).toEqual({ source, path, passed: true });
        referencing++;
      } else if (!passed) skipped++;
    }),
    { seed: SEED, numRuns: runs(600) },
  );
  expect(referencing).toBeGreaterThan(100);
  expect(skipped).toBeGreaterThan(30);
});
