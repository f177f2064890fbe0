import * as dates from '@/legacy/date';

export const a = dates.toISO(new Date());
export const b = dates.isWeekend(new Date());
