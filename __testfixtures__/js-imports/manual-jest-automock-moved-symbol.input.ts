import { formatDate, isWeekend } from '@/legacy/date';

jest.mock('@/legacy/date');

test('dates', () => {
  expect(formatDate(new Date())).toBeUndefined();
  expect(isWeekend(new Date())).toBeUndefined();
});
