import { toIsoString } from '@/lib/date';

export const now = toIsoString(new Date());

test('formats', async () => {
  const { toIsoString: toISO } = await import('@/lib/date');
  expect(toISO(new Date(0))).toBe('1970-01-01');
});
