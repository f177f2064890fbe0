import { formatDate } from '@/lib/date';
// the legacy formatter

export const s = formatDate(new Date()) + formatDate(new Date());
