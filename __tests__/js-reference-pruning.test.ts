// The reference collection and the name analysis skip subtrees whose source holds none of the words
// they look for (src/rewrite/js/word-positions.ts). These tests prove the pruned walks find exactly
// what the full walks find: on every js-imports fixture, on a generated TS corpus, and on the
// spellings most likely to slip past (escaped callees and names, re-exports inside ambient modules,
// calls deep inside classes, JSX and types).
import fs from 'node:fs';
import path from 'node:path';
import { makeCorpus } from '../scripts/make-corpus';
import { analyseNames } from '../src/rewrite/js/bindings';
import { parseSource } from '../src/rewrite/js/parse';
import { collectReferenceSites } from '../src/rewrite/js/references';
import { wordPositions } from '../src/rewrite/js/word-positions';
import { casePath, discoverCases } from './helpers/fixture-cases';
import { cleanupTempDirs, makeTempDir } from './helpers/temp-repo';
import { moduleTexts } from '../src/rewrite/js/sfc';

afterAll(cleanupTempDirs);

/** The sites as comparable text: form, where, what. */
function sites(source: string, file: string, pruned: boolean): string[] {
  const program = parseSource(source, file).program;
  return collectReferenceSites(program, pruned ? source : undefined).map((s) => `${s.kind}:${s.form}@${s.node.start}:${'value' in s ? s.value : 'patterns' in s ? s.patterns.join('|') : s.staticText.join('|')}`);
}

/** What analyseNames says about some of the file's words (and one it lacks), as comparable text. */
function names(source: string, file: string, pruned: boolean): string[] {
  const words = [...new Set(source.match(/[A-Za-z_$][\w$]*/g) ?? [])].filter((_, i) => i % 3 === 0).slice(0, 12).concat('Abc', 'Absent');
  const usage = analyseNames(parseSource(source, file).program, new Set(words), pruned ? source : undefined);
  return [...usage].map(([name, u]) => `${name}: ${u.moduleBindings} ${u.occurs} refs ${u.references.map((r) => `${r.node.start}${r.shorthand ?? ''}`).join(',')} scopes ${u.innerScopes.map((n) => n.start).join(',')}`);
}

const expectSame = (source: string, file: string) => {
  expect({ file, sites: sites(source, file, true) }).toEqual({ file, sites: sites(source, file, false) });
  expect({ file, names: names(source, file, true) }).toEqual({ file, names: names(source, file, false) });
};

test('word positions: whether an occurrence starts inside a range', () => {
  const words = wordPositions('a import b require c', /import|require/g);
  expect([words.within(0, 2), words.within(0, 3), words.within(2, 3), words.within(3, 11), words.within(9, 11), words.within(11, 20)]).toEqual([false, true, true, false, false, true]);
  expect(wordPositions('', /x/g).within(0, 10)).toBe(false);
});

test('the spellings most likely to slip past the pruning are still found', () => {
  const cases: Array<[string, string]> = [
    ["const m = requ\\u0069re('legacy');\n", 'a.js'],
    ["v\\u0069.mock('legacy');\nje\\u{73}t.mock('x');\n", 'a.ts'],
    ["declare module 'shim' {\n  export * from 'legacy';\n  export { a } from 'legacy2';\n  import b = require('legacy3');\n}\n", 'a.d.ts'],
    ["export class A {\n  m() {\n    return () => [import('deep'), require.resolve('r')];\n  }\n}\n", 'a.ts'],
    ['export const C = () => <div>{require(`./${x}`)}</div>;\n', 'a.tsx'],
    ["type T = { a: typeof import('t1').X; b: Array<import('t2').Y> };\nfunction f(x = jest.requireActual('j')) {}\n", 'a.ts'],
    ["import a from 'b';\ndeclare module 'legacy' {\n  const x: number;\n}\n", 'a.d.ts'],
    ["const v = 1;\nvi.mock('legacy');\n", 'a.ts'],
    ['const \\u0041bc = 1;\nfunction f() { return Abc + (() => { const Abc = 2; return Abc; })(); }\nexport { Abc };\nfunction g() { return \\u0041bc; }\n', 'a.ts'],
    ['const x = 1;\n', 'a.ts'],
  ];
  for (const [source, file] of cases) {
    expectSame(source, file);
    const hasSites = /import|export \*|require|mock|requ|je\\/.test(source);
    expect(sites(source, file, true).length > 0).toBe(hasSites);
  }
});

test('every js-imports fixture: the same sites with and without pruning', () => {
  const cases = discoverCases('js-imports');
  expect(cases.length).toBeGreaterThan(20);
  for (const c of cases) {
    if (c.name.startsWith('syntax-error-')) continue;
    for (const part of moduleTexts(c.input, casePath(c))) expectSame(part.source, part.path);
  }
});

test('a generated TS corpus: the same sites with and without pruning', () => {
  const root = path.join(makeTempDir(), 'corpus');
  const made = makeCorpus({ out: root, files: 120, pythonShare: 0, legacyRatio: 0.5, seed: 'pruning', git: false });
  const files = made.files.filter((f) => /\.tsx?$/.test(f));
  expect(files.length).toBeGreaterThan(100);
  for (const file of files) expectSame(fs.readFileSync(path.join(root, file), 'utf8'), file);
});
