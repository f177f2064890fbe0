import * as dates from '@/legacy/date';
import { formatDate, toIsoString } from '@/lib/date';

export const a = formatDate(new Date());
export const b = dates.isWeekend(new Date());
export const c = toIsoString(new Date());
