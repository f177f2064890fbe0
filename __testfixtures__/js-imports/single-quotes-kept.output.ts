import { isWeekend } from '@/legacy/date';
import { formatDate } from '@/lib/date';

export { formatDate, isWeekend };
