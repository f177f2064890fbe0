import { formatDate } from '@/lib/date';
import { formatDate as fd } from '@/legacy/date'; // the legacy formatter

export const s = fd(new Date()) + formatDate(new Date());
