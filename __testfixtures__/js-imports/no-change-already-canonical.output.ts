import { formatDate } from '@/lib/date';
import { slugify } from '@/lib/utils';
import { isWeekend } from '@/legacy/date';

export { formatDate, slugify, isWeekend };
