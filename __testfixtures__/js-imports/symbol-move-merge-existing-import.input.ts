import { parseDate } from '@/lib/date';
import type { DateLike } from '@/lib/date';
import { formatDate, isWeekend } from '@/legacy/date';

export const label = (d: DateLike) => (isWeekend(parseDate(d)) ? '' : formatDate(parseDate(d)));
