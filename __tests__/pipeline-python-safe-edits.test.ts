// python-safe-edits: when a changed Python output may skip its verifying re-parse. Examples of both
// answers; then soundness: on every py-imports fixture, on random dotted-name swaps, aliases and
// renames (of some or all occurrences of a name, to fresh, used, keyword and special names) at
// random places of the fixtures' inputs and of adversarial sources, and on every such rename of the
// adversarial sources, whenever the proof says "parses" the reader (the re-parse it replaces)
// agrees, so the pipeline's results are those of the re-parse.
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
    ['a rename at the import and every use, with the module swapped', 'from a.legacy import Old, Other\nx: Old\ny = Old()\ndef f(m: "list[Old]") -> Old:\n    return Old.make(m, key=Old)\n',
      [['a.legacy', 'a.core'], ['Old', 'New', 0], ['Old', 'New', 1], ['Old', 'New', 2], ['Old', 'New', 3], ['Old', 'New', 4], ['Old', 'New', 5], ['Old', 'New', 6]]],
    ['a rename of an imported name and its use', 'from a.legacy import Old\nx = Old\n', [['Old', 'New', 0], ['Old', 'New', 1]]],
    ['a def name', 'def legacy():\n    pass\n', [['legacy', 'core']]],
    ['a rename in a file with a nonlocal statement of another name, and `case` in prose', '# a test case\ndef f(n):\n    def g():\n        nonlocal n\n    return Old(g)\n', [['Old', 'New']]],
    ['a rename at some uses only (a NameError at most, never a syntax error)', 'from a import Old\nOld()\nprint(Old)\n', [['Old', 'New', 1]]],
    ['a rename of parameters and their uses', 'def f(alpha, b=1, *c, d, **e):\n    return alpha + b\ng = lambda alpha, b: alpha\n', [['alpha', 'z', 0], ['alpha', 'z', 1], ['alpha', 'y', 2]]],
    ['a rename in a comment, a string and an f-string field', '# Old here\nx = "an Old one"\ny = f"{Old!r:>{Old}}"\n', [['Old', 'New', 0], ['Old', 'New', 1], ['Old', 'New', 2], ['Old', 'New', 3]]],
    ['renames of two names to two names', 'print(a)\nprint(b, a)\n', [['a', 'c', 0], ['b', 'd'], ['a', 'c', 1]]],
    ['an attribute and a global', 'def f():\n    global Old\n    return x.Old(Old)\n', [['Old', 'New', 0], ['Old', 'New', 1], ['Old', 'New', 2]]],
    ['a rename next to a number or an equality', 'x = 1 .Old\ny = Old == 1\nz = Old==1\n', [['Old', 'New', 0], ['Old', 'New', 1], ['Old', 'New', 2]]],
    ['attributes renamed to a name the file already has', 'import a as hub\nfrom b import New\nx = hub.Old(hub.Mode)\ny = f().Old\nz = "s".Old\nw = d[0].Old.Old\n',
      [['Old', 'New', 0], ['Old', 'New', 1], ['Old', 'New', 2], ['Old', 'New', 3], ['Old', 'New', 4]]],
    ['a module path component after the first, in an import and a from-import', 'import a.Old as m\nfrom a.Old import New\n', [['Old', 'New', 0], ['Old', 'New', 1]]],
    ['a relative from-import module with its dots', 'from ...a.manager import X\nfrom .b import Y\n', [['...a.manager', '...a.websocket_manager'], ['.b', '.c.d']]],
  ] as Array<[string, string, Array<[string, string, number?]>]>)('proves: %s', (_label, source, edits) => {
    expect(parses(source)).toBe(true);
    expect(proven(source, ...edits)).toBe(true);
    expect(parses(outcomeOf(source, edits.map(([o, t, n]) => at(source, o, t, n))).code)).toBe(true);
  });

  test.each([
    ['an import whose bound name changes', 'import legacy.b\n', [['legacy.b', 'core.b']]],
    ['a name that becomes dotted after `import` of a from-import', 'from a import legacy\n', [['legacy', 'legacy.core']]],
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
    ['a rename from a non-ASCII name', 'é = 1\n', [['é', 'x']]],
    ['a rename to a non-ASCII name', 'x = Old\n', [['Old', 'Nów']]],
    ['a rename to a dotted name', 'x = Old\n', [['Old', 'a.b']]],
    ['a rename to a keyword', 'x = Old\n', [['Old', 'class']]],
    ['a rename of a keyword', 'x = None\n', [['None', 'y']]],
    ['a rename to the soft keyword match', 'x = Old\n', [['Old', 'match']]],
    ['a rename to the soft keyword case', 'x = Old\n', [['Old', 'case']]],
    ['a rename to the soft keyword type', 'x = Old\n', [['Old', 'type']]],
    ['a rename to the soft keyword _', 'x = Old\n', [['Old', '_']]],
    ['a rename of the soft keyword type', 'type = 1\nx = type\n', [['type', 'kind', 1]]],
    ['a rename to __debug__', 'x = 1\n', [['x', '__debug__']]],
    ['a rename to a dunder', 'x = 1\n', [['x', '__all__']]],
    ['a rename of a __future__ feature', 'from __future__ import annotations\n', [['annotations', 'notes']]],
    ['a rename to a __future__ feature', 'x = Old\n', [['Old', 'annotations']]],
    ['a rename of the __future__ module', 'from __future__ import annotations\n', [['__future__', 'future']]],
    ['a rename of a string prefix', 'x = rb"a"\n', [['rb', 'xy']]],
    ['a rename of a hex number tail', 'x = 0xAB\n', [['xAB', 'xCD']]],
    ['a rename of an exponent', 'x = 1e5\n', [['e5', 'f5']]],
    ['a rename of an exponent after a point', 'x = 1.e5\n', [['e5', 'f5']]],
    ['a rename of an imaginary tail after a point', 'x = 1.j\n', [['j', 'k']]],
    ['an attribute of a number with a non-fresh name', 'New = 1\nx = 1j.real\n', [['real', 'New']]],
    ['an attribute after a space, to a name the file has', 'New = 1\nx = a .Old\n', [['Old', 'New']]],
    ['an attribute that becomes a keyword', 'x = a.Old\n', [['Old', 'None']]],
    ['an attribute that becomes a dunder', 'x = a.Old\n', [['Old', '__class__']]],
    ['relative dots that change', 'from ..a import X\n', [['..a', '.a']]],
    ['relative dots before a keyword component', 'from ..a import X\n', [['..a', '..class']]],
    ['a rename of part of a name (a name character after)', 'x = Old1\n', [['Old', 'New']]],
    ['a rename of part of a name (a name character before)', 'x = aOld\n', [['Old', 'New']]],
    ['a rename of part of a non-ASCII name', 'x = éOld\n', [['Old', 'New']]],
    ['a rename right after a quote', 'x = "Old y"\n', [['Old', 'New']]],
    ['a rename of a whole string content (a quote around it)', "x = 'Old'\n", [['Old', 'New']]],
    ['a rename after a backslash (an escape)', 'x = b"\\x41 y"\n', [['x41', 'xzz']]],
    ['a rename of a \\N{…} character name', 'x = "\\N{BULLET}"\n', [['BULLET', 'New']]],
    ['a rename in a file with a \\N{…} escape', 'x = "\\N{BLACK STAR} Old"\n', [['Old', 'New']]],
    ['a rename of an f-string conversion', 'f"{x!r}"\n', [['r', 'q']]],
    ['a rename of a keyword argument to a fresh name (followed by `=`)', 'f(a=1)\n', [['a', 'c']]],
    ['a rename of an f-string debug expression (followed by `=`)', 'f"{a = }"\n', [['a', 'c']]],
    ['a rename of a keyword argument to a used one', 'f(a=1, b=2)\n', [['a', 'b']]],
    ['a rename of a parameter to a used name', 'def f(a, b):\n    pass\n', [['a', 'b']]],
    ['a rename of a lambda parameter to a used name', 'g = lambda a, b: a\n', [['a', 'b', 0]]],
    ['a rename before a global declaration of the new name', 'def f():\n    x = 1\n    global y\n', [['x', 'y']]],
    ['a rename to a name found only in a comment', 'x = Old  # New\n', [['Old', 'New']]],
    ['a rename to a name found only NFKC-normalized', 'def f(ｎew, Old):\n    pass\n', [['Old', 'new']]],
    ['two names renamed to one', 'a = 1\nb = 2\n', [['a', 'n'], ['b', 'n']]],
    ['a name renamed and the same name made by another edit', 'from m import Old as O\nx = Other\n', [['Old as O', 'New'], ['Other', 'New']]],
    ['a rename of a binding that a nonlocal needs', 'def f(xv):\n    def g():\n        nonlocal xv\n', [['xv', 'zv']]],
    ['a rename of a binding that a nonlocal needs, named on a continued line', 'def f(xv, yv):\n    def g():\n        nonlocal yv, \\\n            xv\n', [['xv', 'zv']]],
    ['a rename of a binding that a nonlocal needs, named NFKC-normalized', 'def f(x):\n    def g():\n        nonlocal ｘ\n', [['x', 'z']]],
    ['a rename in a case clause on a continued line', 'match p:\n    \\\ncase [va] | [va]:\n        pass\n', [['va', 'vb', 1]]],
    ['a rename in one alternative of an or-pattern', 'match p:\n    case [va] | [va]:\n        pass\n', [['va', 'vb', 1]]],
    ['a rename to a mangled name', 'class C:\n    def f(self, __a, b):\n        pass\n', [['b', '_C__a']]],
    ['a rename of a class that mangles names', 'class C:\n    def f(self, __a, _D__a):\n        pass\n', [['C', 'D']]],
  ] as Array<[string, string, Array<[string, string, number?]>]>)('refuses: %s', (_label, source, edits) => {
    expect(proven(source, ...edits)).toBe(false);
  });

  // The refusals that matter most: the input parses, the output would not (the reader says so).
  test.each([
    ['a string prefix', 'x = rb"a"\n', [['rb', 'xy']]],
    ['an exponent after a point', 'x = 1.e5\n', [['e5', 'f5']]],
    ['an exponent after a point, to a name the file has', 'x = 1.e5\nz = 2\n', [['e5', 'z', 0]]],
    ['an attribute that becomes a keyword', 'x = a.Old\n', [['Old', 'None']]],
    ['relative dots before a keyword component', 'from ..a import X\n', [['..a', '..class']]],
    ['an escape', 'x = b"\\x41 y"\n', [['x41', 'xzz']]],
    ['an f-string conversion', 'f"{x!r}"\n', [['r', 'q']]],
    ['a repeated keyword argument', 'f(a=1, b=2)\n', [['a', 'b']]],
    ['a duplicate parameter', 'def f(a, b):\n    pass\n', [['a', 'b']]],
    ['a name assigned before its global declaration', 'def f():\n    x = 1\n    global y\n', [['x', 'y']]],
    ['a duplicate parameter after NFKC', 'def f(ｎew, Old):\n    pass\n', [['Old', 'new']]],
    ['a nonlocal without its binding', 'def f(xv):\n    def g():\n        nonlocal xv\n', [['xv', 'zv']]],
    ['or-pattern alternatives binding different names', 'match p:\n    case [va] | [va]:\n        pass\n', [['va', 'vb', 1]]],
    ['a duplicate parameter once mangled', 'class C:\n    def f(self, __a, b):\n        pass\n', [['b', '_C__a']]],
    ['a duplicate parameter once mangled by a renamed class', 'class C:\n    def f(self, __a, _D__a):\n        pass\n', [['C', 'D']]],
    ['a duplicate parameter once NFKC-normalized and mangled by a renamed class', 'class C:\n    def f(self, _＿a, _D_＿a):\n        pass\n', [['C', 'D']]],
    ['an assignment to __debug__', 'x = 1\n', [['x', '__debug__']]],
    ['an unknown __future__ feature', 'from __future__ import annotations\n', [['annotations', 'notes']]],
    ['a soft keyword', 'match p:\n    case 1:\n        pass\n', [['match', 'm']]],
  ] as Array<[string, string, Array<[string, string, number?]>]>)('refuses, and the reader rejects the output: %s', (_label, source, edits) => {
    expect(parses(source)).toBe(true);
    expect(parses(outcomeOf(source, edits.map(([o, t, n]) => at(source, o, t, n))).code)).toBe(false);
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

/** ASCII names as they appear, whole or not: parts of dotted names, of numbers (`xAB` in `0xAB`), of non-ASCII names, string prefixes. */
const nameSites = (source: string) => [...source.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)].map((m) => m[0]);

const REPLACEMENTS = ['core', 'pkg.core', 'a.b.c', 'New', 'if', 'None', 'x.class', '__future__', '__debug__', 'a b', 'a{b}', 'é', '', 'if as x'];
/** New names for renames: fresh ones, and ones the sources use, keywords, soft keywords, special and mangled names. */
const RENAME_TARGETS = ['Renamed', 'Renamed', 'Renamed', 'Renamed2', 'existing', 'existing', 'new', 'D', 'b', 'x', 'q', 'if', 'None', 'match', 'case', 'type', '_', '__debug__', '__all__', '_C__a', 'annotations', 'division', 'print', 'existing'];

/** Sources where renames break the parse most easily (each parses with a sure verdict): the property runs on these too. */
const ADVERSARIAL = [
  'def f(a, b):\n    return a\n',
  'def f(xv):\n    def g():\n        nonlocal xv\n    return g\n',
  'match p:\n    case [va] | [va]:\n        pass\n',
  'match p:\n    \\\ncase [va] | [va]:\n        pass\n',
  'def f(xv, yv):\n    def g():\n        nonlocal yv, \\\n            xv\n    return g\n',
  'def f(xv):\n    def g():\r\n        pass; nonlocal \\\r\n xv\n    return g\n',
  'def f(x):\n    def g():\n        nonlocal ｘ\n    return g\n',
  'class C:\n    def f(self, __a, _D__a):\n        pass\n',
  'class C:\n    def f(self, _＿a, _D_＿a):\n        pass\n',
  'x = 1.e5 + 1.j\n',
  'y = f"{x!r}"\n',
  'z = b"\\x41 y"\n',
  'def f(ｎew, old):\n    pass\n',
  'x = rb"a" + u"b"\n',
  'def f(a, b=1, *c, d, **e):\n    return a + b\ng = lambda a, b: a\nf(a=1, b=2)\nf(a == b, c==d)\n',
  'def f():\n    x = 1\n    def g():\n        nonlocal x\n        global y\n    return g\n',
  'def f():\n    global x\n    x = y\n    return x.y\n',
  'match p:\n    case [a] | [a]:\n        pass\n    case {"k": b, **rest}:\n        pass\n    case C(x=c, y=d):\n        pass\n',
  'class C:\n    def f(self, __a, b, _D__a):\n        return self.__a\n',
  'x = rb"a" + 0xAB + 1e5 + 1.e5 + 1.j + 1 .real + 0o17 + 0b1\ny = f"{x!r:>{w}} {x = } {x=}"\nz = b"\\x41\\N" + rb"\\N{BULLET} a"  # \\N{BULLET}\n',
  'from __future__ import annotations\nimport a.b as c\nfrom m import (n, o as p)\ntype T = list[int]\n_ = T\nprint(type(T), match, case)\n',
  'def f(ｎew, old):\n    return new\nx = éOld + Old\n',
  'def f[T](x: T) -> T:\n    y: T = x\n    return [z := y for q in x]\n',
  'from a.legacy import Old, Other\nx: Old = Old()\ndef f(m: "list[Old]") -> Old:\n    return Old.make(m, key=Old, other=Other)  # Old\n',
];

test('random edits of the fixtures’ inputs and of adversarial sources: whenever the proof says the output parses, the reader agrees', () => {
  const sources = cases.map((c) => c.input).filter((source) => parses(source));
  for (const source of ADVERSARIAL) expect({ source, parses: parses(source) }).toEqual({ source, parses: true });
  let provenCount = 0;
  let provenRenames = 0;
  const rename = fc.record({ rename: fc.constantFrom(...RENAME_TARGETS), existing: fc.nat(), all: fc.boolean(), mask: fc.nat() });
  fc.assert(
    fc.property(
      fc.oneof({ arbitrary: fc.constantFrom(...sources), weight: 2 }, { arbitrary: fc.constantFrom(...ADVERSARIAL), weight: 1 }),
      fc.array(fc.record({ site: fc.nat(), replacement: fc.oneof(fc.constantFrom(...REPLACEMENTS), fc.constant('alias'), fc.constant('first-kept'), rename, rename) }), { minLength: 1, maxLength: 3 }),
      (source, picks) => {
        const sites = editSites(source);
        const names = nameSites(source);
        const chosen = new Map<number, Edit>();
        let renames = false;
        for (const { site, replacement } of picks) {
          if (typeof replacement === 'object') {
            // A rename: every occurrence of a name (all, or some), whole words or not, to one new name.
            const old = names[site % names.length];
            const text = replacement.rename === 'existing' ? names[replacement.existing % names.length] : replacement.rename;
            let k = 0;
            for (let at = source.indexOf(old); at >= 0; at = source.indexOf(old, at + 1), k++) {
              if (replacement.all || (replacement.mask >> k % 30) & 1) chosen.set(at, { start: at, end: at + old.length, text });
            }
            renames = true;
            continue;
          }
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
        if (renames) provenRenames++;
        expect({ source, edits, parses: parses(outcome.code) }).toEqual({ source, edits, parses: true });
      },
    ),
    { numRuns: runs(6000), seed: SEED },
  );
  // The generator must reach the proven side often, or the property proves little.
  expect(provenCount).toBeGreaterThan(100);
  expect(provenRenames).toBeGreaterThan(100);
});

test('every rename of every name of the adversarial sources, to every name they hold or a special one: whenever proven, the reader agrees', () => {
  let provenCount = 0;
  let checked = 0;
  for (const source of ADVERSARIAL) {
    const pool = new Set([...nameSites(source), ...nameSites(source.normalize('NFKC')), ...source.normalize('NFKC').matchAll(/[A-Za-z0-9]+/g)].map(String));
    const targets = [...new Set([...RENAME_TARGETS.filter((t) => t !== 'existing'), ...pool])];
    for (const old of new Set(nameSites(source))) {
      const places: number[] = [];
      for (let at = source.indexOf(old); at >= 0; at = source.indexOf(old, at + 1)) places.push(at);
      // All the occurrences, each one alone, and all but each one.
      const subsets = [places, ...places.map((p) => [p]), ...(places.length > 2 ? places.map((p) => places.filter((q) => q !== p)) : [])];
      for (const text of targets) {
        for (const subset of subsets) {
          const edits = subset.map((start) => ({ start, end: start + old.length, text }));
          const outcome = outcomeOf(source, edits);
          checked++;
          if (!pythonEditsProvablyParse(source, outcome)) continue;
          provenCount++;
          expect({ source, edits, parses: parses(outcome.code) }).toEqual({ source, edits, parses: true });
        }
      }
    }
  }
  expect(checked).toBeGreaterThan(10000);
  expect(provenCount).toBeGreaterThan(400);
});
