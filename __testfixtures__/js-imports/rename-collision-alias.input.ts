import { toISO } from '@/legacy/date';

const toIsoString = (s: string) => s.trim();

export const out = toIsoString(toISO(new Date()));
