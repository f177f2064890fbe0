import { isWeekend } from '@/legacy/date';
import { formatDate } from '@/lib/date';

jest.mock('@/legacy/date');

test('dates', () => {
  expect(formatDate(new Date())).toBeUndefined();
  expect(isWeekend(new Date())).toBeUndefined();
});
