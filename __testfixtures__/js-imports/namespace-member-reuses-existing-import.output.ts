import { formatDate as fmt } from '@/lib/date';

export const a = fmt(new Date());
export const b = fmt(new Date());
export const c = fmt(new Date());
