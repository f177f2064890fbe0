import {
  slugify,
  truncate,
  capitalize,
} from '@/legacy/utils';
import {
  isWeekend,
  formatDate,
} from '@/legacy/date';

export { slugify, truncate, capitalize, isWeekend, formatDate };
