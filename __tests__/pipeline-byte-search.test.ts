// The stretch of a word the prefilter searches the bytes for (src/pipeline/byte-search.ts): always a
// piece of the word's bytes (so a file holding the word holds it: the prefilter stays sound), short
// enough for Node's memchr search, and starting at the word's rarest byte.
import { searchStretch } from '../src/pipeline/byte-search';

const bytesOf = (word: string) => Buffer.from(word, 'utf8');

test('a word of netra: registry is searched as gistry (g is rarer than r and e in source code)', () => {
  expect(searchStretch('registry').toString()).toBe('gistry');
  expect(searchStretch('agent_registry').toString()).toBe('gent_re');
  expect(searchStretch('unified_manager').toString()).toBe('fied_ma');
});

test('a word Node already searches with memchr at its rarest first byte is searched whole', () => {
  expect(searchStretch('manager').toString()).toBe('manager');
  expect(searchStretch('core').toString()).toBe('core');
});

test('a stretch may drop common leading bytes of a short word', () => {
  expect(searchStretch('agents').toString()).toBe('gents');
});

test('whitespace never starts a stretch; a non-ASCII byte (rare in code) does', () => {
  expect(searchStretch('ab cdefgh').toString()).not.toMatch(/^ /);
  expect(searchStretch('eeeeeéeeee')).toEqual(bytesOf('eeeeeéeeee').subarray(5, 12));
});

test('property: the stretch is a piece of the word, of 5 to 7 bytes (the whole word when shorter)', () => {
  const alphabet = 'etsrainocl_du"pmfg.=h:ykERTSwxACO0123456789zqjXé';
  let seed = 7;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
  for (let round = 0; round < 2000; round++) {
    let word = '';
    const length = 1 + random(30);
    for (let i = 0; i < length; i++) word += alphabet[random(alphabet.length)];
    const stretch = searchStretch(word);
    const bytes = bytesOf(word);
    expect(bytes.includes(stretch)).toBe(true);
    if (bytes.length <= 5) expect(stretch).toEqual(bytes);
    else {
      expect(stretch.length).toBeGreaterThanOrEqual(5);
      expect(stretch.length).toBeLessThanOrEqual(7);
    }
  }
});
