// annotationStringOffset: where a name is first written in an annotation-like string. It reads only
// the strings that hold the name, and its character pre-check (no slicing; prose fails at its
// second word) is only a shortcut: on generated strings of type characters, spaces (ASCII and
// U+00A0), quotes and prose, every name gets the offset a scan of every string with the exact test
// alone gives, and names written nowhere get none.
import fc from 'fast-check';
import { annotationStringOffset, isDictKey } from '../src/rewrite/python/annotation-strings';
import { stringLiteralParts } from '../src/rewrite/python/string-scanner';
import { Tok, tokenize } from '../src/rewrite/python/tokenizer';
import { runs, SEED } from './helpers/source-arbitraries';

/** Every string, the exact test without the pre-check: each name and its first string. */
function reference(text: string): Map<string, number> {
  const tokens = tokenize(text);
  const names = new Map<string, number>();
  for (let k = 0; k < tokens.count; k++) {
    if (tokens.kind[k] !== Tok.String || tokens.code[k] !== 0 || isDictKey(tokens, k)) continue;
    const { body } = stringLiteralParts(text.slice(tokens.start[k], tokens.end[k]));
    const compact = body.replace(/\s*([,[\]|])\s*/g, '$1').trim();
    if (!/^[A-Za-z_][\w.,[\]|]*$/.test(compact)) continue;
    for (const dotted of compact.split(/[,[\]|]+/)) {
      const head = dotted.split('.')[0];
      if (head && !names.has(head)) names.set(head, tokens.start[k]);
    }
  }
  return names;
}

const piece = fc.constantFrom('Old', 'a', 'b.c', 'List', '[', ']', ',', '|', ' ', '  ', '\t', '\u00a0', '.', '_x', '1', 'é', 'not a type', 'x y', '-', "'");

test('the pre-check changes nothing: the names are the exact test’s', () => {
  let found = 0;
  fc.assert(
    fc.property(fc.array(fc.array(piece, { maxLength: 7 }).map((p) => p.join('')), { minLength: 1, maxLength: 4 }), fc.constantFrom('"', '"""', 'r"'), (bodies, quote) => {
      const close = quote === 'r"' ? '"' : quote;
      const text = bodies.map((b, i) => `v${i}: ${quote}${b.replace(/"/g, '')}${close}\n`).join('');
      let tokens;
      try {
        tokens = tokenize(text);
      } catch {
        return; // a body the tokenizer refuses (a newline inside "…") is no string at all
      }
      const expected = reference(text);
      for (const name of [...expected.keys(), 'Old', 'a', 'b', 'c', 'x', 'List', 'type', 'zz']) {
        expect({ name, at: annotationStringOffset(text, tokens, name) }).toEqual({ name, at: expected.get(name) });
      }
      found += expected.size;
    }),
    { seed: SEED, numRuns: runs(2000) },
  );
  expect(found).toBeGreaterThan(100);
});

test('prose and names split by spaces are no annotations; spaces beside , [ ] | are', () => {
  const text = 'a: "Optional[ Old ] | None"\nb: "not a type"\nc: "Dict[str,  int]"\nd: "a.b c"\ne = {"Old": 1}\nf: "OldName"\n';
  const tokens = tokenize(text);
  const at = (name: string) => annotationStringOffset(text, tokens, name);
  expect([at('Optional'), at('Old'), at('None'), at('Dict'), at('int')]).toEqual([3, 3, 3, 47, 47]);
  expect([at('not'), at('type'), at('a'), at('b'), at('c'), at('OldN')]).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
});

test('a dict key is a string followed by `:` after `{` or `,`; a return annotation, a slice bound or a case pattern is none', () => {
  const keyAt = (text: string, body: string) => {
    const tokens = tokenize(text);
    for (let k = 0; k < tokens.count; k++) if (tokens.kind[k] === Tok.String && text.slice(tokens.start[k], tokens.end[k]).includes(body)) return isDictKey(tokens, k);
    throw new Error(`no string ${body}`);
  };
  expect(keyAt('d = {"Old": 1}\n', 'Old')).toBe(true);
  expect(keyAt('d = {1: 2,\n     "Old"  # why\n     : 3}\n', 'Old')).toBe(true);
  expect(keyAt('d = {"a" "Old": 1}\n', 'Old')).toBe(true);
  expect(keyAt('def f() -> "Old":\n    pass\n', 'Old')).toBe(false);
  expect(keyAt('x = y["Old":]\n', 'Old')).toBe(false);
  expect(keyAt('match x:\n    case "Old":\n        pass\n', 'Old')).toBe(false);
});
