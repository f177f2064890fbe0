import * as dates from '@/legacy/date';

export const all = Object.keys(dates);
export const a = dates.formatDate(new Date());
