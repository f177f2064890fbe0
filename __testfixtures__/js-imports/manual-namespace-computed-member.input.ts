import * as dates from '@/legacy/date';

export const pick = (name: 'formatDate' | 'isWeekend') => dates[name];
export const label = dates.formatDate(new Date());
