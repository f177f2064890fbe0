import * as dates from '@/legacy/date';
import { toISO } from '@/legacy/date';

export const a = dates.toISO(new Date());
export const b = toISO(new Date());
