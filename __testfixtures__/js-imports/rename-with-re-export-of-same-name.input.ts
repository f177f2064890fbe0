import { toISO } from '@/legacy/date';
export { toISO, formatDate } from '@/legacy/date';

export const now = toISO(new Date());
