import { toIsoString } from '@/lib/date';

export const api = { toISO: toIsoString, other: toIsoString };
