// prefilter: a file reaches the parser only when it contains one of the plan's needles.
import { createPrefilter } from '../src/pipeline/prefilter';

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
});
