import { toIsoString as toISO } from '@/lib/date';

const toIsoString = (s: string) => s.trim();

export const out = toIsoString(toISO(new Date()));
