import {
  slugify,
  truncate,
  capitalize,
} from '@/lib/utils';
import {
  isWeekend,
} from '@/legacy/date';
import { formatDate } from '@/lib/date';

export { slugify, truncate, capitalize, isWeekend, formatDate };
