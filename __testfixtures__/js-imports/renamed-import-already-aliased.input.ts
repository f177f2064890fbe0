import { toISO as iso } from '@/legacy/date';

export const out = iso(new Date());
