import { slugify } from '@/lib/utils';
import { isWeekend } from '@/legacy/date';
import { formatDate } from '@/lib/date';

export { slugify, formatDate, isWeekend };
