// python-safe-edits: when a changed Python output may skip its verifying re-parse. Examples of both
// answers; then soundness: on every py-imports fixture, and on random dotted-name swaps, aliases and
// renames at random places of the fixtures' inputs, whenever the proof says "parses" the reader
// (the re-parse it replaces) agrees, so the pipeline's results are those of the re-parse.
import fs from 'node:fs';
import fc from 'fast-check';
import { compilePlan } from '../src/manifest/plan';
import { pythonEditsProvablyParse } from '../src/pipeline/python-safe-edits';
import { pythonRewriter } from '../src/rewrite/python';
import { applyEdits } from '../src/rewrite/edits';
import type { Edit, RewriteOutcome } from '../src/types';
import { casePath, discoverCases } from './helpers/fixture-cases';
import { runs, SEED } from './helpers/source-arbitraries';

/** The outcome a rewriter would return for these edits of `source`. */
const outcomeOf = (source: string, edits: Edit[]): RewriteOutcome => ({ code: applyEdits(source, edits), edits, findings: [] });
/** Replaces the `nth` occurrence of `old` in `source` with `text`. */
const at = (source: string, old: string, text: string, nth = 0): Edit => {
  let start = -1;
  for (let k = 0; k <= nth; k++) start = source.indexOf(old, start + 1);
  return { start, end: start + old.length, text };
};
const proven = (source: string, ...edits: Array<[string, string, number?]>) => pythonEditsProvablyParse(source, outcomeOf(source, edits.map(([old, text, nth]) => at(source, old, text, nth))));
const parses = (code: string) => pythonRewriter.checkSyntax(code, 'x.py') === undefined;

describe('pythonEditsProvablyParse', () => {
  test.each([
    ['a from-import module', 'from a.b.legacy import X\n', [['a.b.legacy', 'a.b.canonical.core']]],
    ['a relative from-import module', 'from ..legacy import X\n', [['legacy', 'pkg.canonical']]],
    ['an import keeping the bound name', 'import a.b.legacy as m\nimport a.legacy, os\n', [['a.b.legacy', 'a.canonical'], ['a.legacy', 'a.x.y']]],
    ['a dotted string content', 'patch("a.b.legacy.X")\nm = \'a.legacy\'\n', [['a.b.legacy.X', 'a.b.core.X'], ['a.legacy', 'a.core']]],
    ['an imported name aliased, with its module swapped', 'from a.legacy import Old, Other\n', [['a.legacy', 'a.core'], ['Old', 'New as Old']]],
    ['an imported name aliased inside parentheses', 'from a.legacy import (\n    Other,  # keep (x)\n\n    Old,\n)\n', [['Old', 'New as Old']]],
    ['an imported name aliased inside parentheses, CRLF', 'from a.legacy import (\r\n    Other,\r\n    Old\r\n)\r\n', [['Old', 'New as Old']]],
  ] as Array<[string, string, Array<[string, string]>]>)('proves: %s', (_label, source, edits) => {
    expect(parses(source)).toBe(true);
    expect(proven(source, ...edits)).toBe(true);
    expect(parses(outcomeOf(source, edits.map(([o, t]) => at(source, o, t))).code)).toBe(true);
  });

  test.each([
    ['a rename of an imported name', 'from a.legacy import Old\nx = Old\n', [['Old', 'New']]],
    ['an import whose bound name changes', 'import legacy.b\n', [['legacy.b', 'core.b']]],
    ['a name that becomes dotted after `import` of a from-import', 'from a import legacy\n', [['legacy', 'legacy.core']]],
    ['a def name', 'def legacy():\n    pass\n', [['legacy', 'core']]],
    ['a keyword component', 'from a.legacy import X\n', [['a.legacy', 'a.class']]],
    ['a __future__ module', 'from __future__ import annotations\n', [['__future__', 'future']]],
    ['an alias under __future__', 'from __future__ import annotations\n', [['annotations', 'x as annotations']]],
    ['an imported name that already has an alias', 'from a import Old as O\n', [['Old', 'New as Old']]],
    ['an alias in an expression', 'x = Old\n', [['Old', 'New as Old']]],
    ['an alias whose imported name is a keyword', 'from a import Old\n', [['Old', 'class as Old']]],
    ['text between two strings (a prefix)', "x = 'a.b' 'c'\ny = 'c'r'd'\n", [['r', 'a.b']]],
    ['a string content with a brace', 'f"a.b"\n', [['a.b', 'a{b}']]],
    ['a content without a dot', "x = 'legacy'\n", [['legacy', 'core']]],
    ['an import continued from a backslash line', 'from a \\\nimport legacy\n', [['legacy', 'legacy.x']]],
    ['an edit running into a name', 'from a.legacyx import X\n', [['a.legacy', 'a.i']]],
    ['an insertion', 'from a.legacy import X\n', [['', 'y']]],
  ] as Array<[string, string, Array<[string, string]>]>)('refuses: %s', (_label, source, edits) => {
    expect(proven(source, ...edits)).toBe(false);
  });

  test('refuses outcomes whose input the reader could not decide, and codes other than the edited source', () => {
    const source = 'from a.legacy import X\n';
    const edits = [at(source, 'a.legacy', 'a.core')];
    expect(pythonEditsProvablyParse(source, { ...outcomeOf(source, edits), syntaxUnsure: { line: 1, column: 1, reason: 'test' } })).toBe(false);
    expect(pythonEditsProvablyParse(source, { ...outcomeOf(source, edits), code: 'from a.core import Y\n' })).toBe(false);
  });
});

const cases = discoverCases('py-imports').filter((c) => !c.name.startsWith('syntax-error-') && !c.options.tolerant);

test('on every py-imports fixture, a proven output is one the reader accepts', () => {
  let provenCount = 0;
  for (const c of cases) {
    const plan = compilePlan(JSON.parse(fs.readFileSync(c.manifestFile, 'utf8')), { file: c.manifestFile });
    let outcome: RewriteOutcome;
    try {
      outcome = pythonRewriter.rewrite({ source: c.input, path: casePath(c), plan, options: { rewriteComments: c.options.rewriteComments } });
    } catch {
      continue; // inputs that do not parse: no output to prove
    }
    if (!pythonEditsProvablyParse(c.input, outcome)) continue;
    provenCount++;
    expect({ name: c.name, problem: pythonRewriter.checkSyntax(outcome.code, casePath(c)) }).toEqual({ name: c.name, problem: undefined });
  }
  expect(provenCount).toBeGreaterThan(20);
});

/** Places in a source where an edit may go: dotted names (any role) and the contents of quoted strings. */
function editSites(source: string): Array<{ start: number; end: number }> {
  const sites: Array<{ start: number; end: number }> = [];
  for (const m of source.matchAll(/[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/g)) sites.push({ start: m.index!, end: m.index! + m[0].length });
  for (const m of source.matchAll(/(["'])([^"'\n\\]*)\1/g)) sites.push({ start: m.index! + 1, end: m.index! + 1 + m[2].length });
  return sites;
}

const REPLACEMENTS = ['core', 'pkg.core', 'a.b.c', 'New', 'if', 'None', 'x.class', '__future__', '__debug__', 'a b', 'a{b}', 'é', '', 'if as x'];

test('random edits of the fixtures’ inputs: whenever the proof says the output parses, the reader agrees', () => {
  const sources = cases.map((c) => c.input).filter((source) => parses(source));
  let provenCount = 0;
  fc.assert(
    fc.property(
      fc.constantFrom(...sources),
      fc.array(fc.record({ site: fc.nat(), replacement: fc.oneof(fc.constantFrom(...REPLACEMENTS), fc.constant('alias'), fc.constant('first-kept')) }), { minLength: 1, maxLength: 3 }),
      (source, picks) => {
        const sites = editSites(source);
        const chosen = new Map<number, Edit>();
        for (const { site, replacement } of picks) {
          const { start, end } = sites[site % sites.length];
          const old = source.slice(start, end);
          const text = replacement === 'alias' ? `New as ${old}` : replacement === 'first-kept' ? `${old.split('.')[0]}.moved.x` : replacement;
          chosen.set(start, { start, end, text });
        }
        // Keep edits that do not overlap the last one kept (a dotted name may overlap a string's content).
        const edits: Edit[] = [];
        for (const e of [...chosen.values()].sort((a, b) => a.start - b.start)) if (edits.length === 0 || e.start >= edits[edits.length - 1].end) edits.push(e);
        const outcome = outcomeOf(source, edits);
        if (!pythonEditsProvablyParse(source, outcome)) return;
        provenCount++;
        expect({ source, edits, parses: parses(outcome.code) }).toEqual({ source, edits, parses: true });
      },
    ),
    { numRuns: runs(3000), seed: SEED },
  );
  // The generator must reach the proven side often, or the property proves little.
  expect(provenCount).toBeGreaterThan(100);
});
