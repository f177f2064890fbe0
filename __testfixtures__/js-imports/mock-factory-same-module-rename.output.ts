import { toIsoString } from '@/lib/date';

jest.mock('@/lib/date', () => ({
  toIsoString: jest.fn(() => '2020-01-01'),
}));

test('uses the mock', () => {
  expect(toIsoString(new Date())).toBe('2020-01-01');
});
