import { toIsoString } from '@/lib/date';
export { toIsoString as toISO, formatDate } from '@/lib/date';

export const now = toIsoString(new Date());
