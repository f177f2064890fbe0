import { formatDate, isWeekend } from '@/legacy/date';

export const label = isWeekend(new Date()) ? 'weekend' : formatDate(new Date());
