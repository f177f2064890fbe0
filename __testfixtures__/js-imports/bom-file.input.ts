import { slugify } from '@/legacy/utils';
import { formatDate, isWeekend } from '@/legacy/date';

export { slugify, formatDate, isWeekend };
