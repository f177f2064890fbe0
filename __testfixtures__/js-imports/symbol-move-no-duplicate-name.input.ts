import { formatDate as fmt } from '@/lib/date';
import { formatDate, isWeekend } from '@/legacy/date';

export const x = [fmt(new Date()), formatDate(new Date()), isWeekend];
