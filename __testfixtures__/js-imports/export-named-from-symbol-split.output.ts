export { isWeekend } from '@/legacy/date';
export { formatDate, toIsoString as toISO } from '@/lib/date';
