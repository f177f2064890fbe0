import { formatDate } from '@/legacy/date';
import { formatDate as fmt } from '@/lib/date';
import * as dates from '@/legacy/date';

export const a = formatDate(new Date());
export const b = fmt(new Date());
export const c = dates.formatDate(new Date());
