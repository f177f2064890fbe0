import { formatDate as fmt } from '@/lib/date';
import { isWeekend } from '@/legacy/date';

export const x = [fmt(new Date()), fmt(new Date()), isWeekend];
