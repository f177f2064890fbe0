import { isWeekend } from '@/legacy/date';
import { toIsoString as toISO } from '@/lib/date';

export const now = toISO(new Date());
export const weekend = isWeekend;
