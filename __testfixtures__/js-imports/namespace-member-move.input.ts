import * as dates from '@/legacy/date';

export const a = dates.formatDate(new Date());
export const b = dates.isWeekend(new Date());
export const c = dates.toISO(new Date());
