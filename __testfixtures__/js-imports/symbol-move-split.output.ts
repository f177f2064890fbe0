import { isWeekend } from '@/legacy/date';
import { formatDate } from '@/lib/date';

export const label = isWeekend(new Date()) ? 'weekend' : formatDate(new Date());
