import { toISO } from '@/lib/date';

jest.mock('@/lib/date', () => ({
  toISO: jest.fn(() => '2020-01-01'),
}));

test('uses the mock', () => {
  expect(toISO(new Date())).toBe('2020-01-01');
});
