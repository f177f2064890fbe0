import { isWeekend } from '@/lib/dates-compat';
import { formatDate } from '@/lib/date';
export * from '@/lib/dates-compat';

export const x = [formatDate, isWeekend];
