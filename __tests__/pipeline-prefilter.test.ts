// prefilter: a file reaches the parser only when it contains one of the plan's needles; the combined
// byte check agrees with one indexOf per needle on arbitrary bytes (multi-byte and regex characters too).
import fc from 'fast-check';
import { createPrefilter, essentialNeedles } from '../src/pipeline/prefilter';

describe('prefilter', () => {
  test('passes files containing any needle, including multi-byte ones', () => {
    const has = createPrefilter(['legacy', 'ancien_é']);
    expect(has(Buffer.from('from pkg.legacy import x'))).toBe(true);
    expect(has(Buffer.from('import ancien_é'))).toBe(true);
    expect(has(Buffer.from('from pkg.core import x'))).toBe(false);
    expect(has(Buffer.alloc(0))).toBe(false);
  });

  test('with no needles every file passes', () => {
    expect(createPrefilter([])(Buffer.from('anything'))).toBe(true);
  });

  test('needles containing another needle are dropped, regex characters are literal', () => {
    expect(essentialNeedles(['unified_manager', 'manager', 'ws-manager', 'registry', 'manager', ''])).toEqual(['manager', 'registry']);
    const has = createPrefilter(['a.b', '(x|y)']);
    expect(has(Buffer.from('aXb'))).toBe(false);
    expect(has(Buffer.from('call(x|y)'))).toBe(true);
  });

  test('agrees with one Buffer.indexOf per needle on arbitrary bytes', () => {
    const alphabet = fc.constantFrom('a', 'b', '.', '|', 'é', '\u00e9', '\u20ac', '\n', '\0');
    const text = fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(text.filter((t) => t.length > 0), { maxLength: 4 }), text, (needles, content) => {
        const bytes = Buffer.from(content, 'utf8');
        const expected = needles.length === 0 || needles.some((n) => bytes.indexOf(Buffer.from(n, 'utf8')) !== -1);
        expect(createPrefilter(needles)(bytes)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
