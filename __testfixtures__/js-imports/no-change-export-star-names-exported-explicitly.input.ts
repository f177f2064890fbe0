export * from '@/legacy/date';
export type { formatDate } from '@/lib/date';
export { toIsoString as toISO } from '@/lib/date';
