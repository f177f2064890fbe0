import { toIsoString } from '@/lib/date';

export const a = toIsoString(new Date());
export const b = toIsoString(new Date());
