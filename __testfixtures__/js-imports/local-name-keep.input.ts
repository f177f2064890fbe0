import { toISO, isWeekend } from '@/legacy/date';

export const now = toISO(new Date());
export const weekend = isWeekend;
