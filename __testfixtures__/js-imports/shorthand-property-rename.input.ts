import { toISO } from '@/legacy/date';

export const api = { toISO, other: toISO };
