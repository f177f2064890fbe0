import * as dates from '@/lib/date';

export const a = dates.toIsoString(new Date());
export const b = dates.isWeekend(new Date());
