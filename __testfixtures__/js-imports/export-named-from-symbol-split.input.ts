export { formatDate, isWeekend, toISO } from '@/legacy/date';
