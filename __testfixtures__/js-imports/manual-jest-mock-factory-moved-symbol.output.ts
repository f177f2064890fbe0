import { formatDate } from '@/lib/date';

jest.mock('@/legacy/date', () => ({ formatDate: jest.fn(), isWeekend: () => false }));

test('x', () => expect(formatDate).toBeDefined());
