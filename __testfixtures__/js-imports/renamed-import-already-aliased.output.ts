import { toIsoString as iso } from '@/lib/date';

export const out = iso(new Date());
