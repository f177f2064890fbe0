import { formatDate } from '@/legacy/date';

jest.mock('@/legacy/date', () => ({ formatDate: jest.fn(), isWeekend: () => false }));

test('x', () => expect(formatDate).toBeDefined());
