import { toISO } from '@/legacy/date';

export const now = toISO(new Date());

test('formats', async () => {
  const { toISO } = await import('@/legacy/date');
  expect(toISO(new Date(0))).toBe('1970-01-01');
});
