import { formatDate, isWeekend } from '@/legacy/date';
export * from '@/legacy/date';

export const x = [formatDate, isWeekend];
