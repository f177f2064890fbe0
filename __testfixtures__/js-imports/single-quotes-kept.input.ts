import { formatDate, isWeekend } from '@/legacy/date';

export { formatDate, isWeekend };
