import { slugify } from '@/lib/utils';
const { formatDate } = require('@/lib/date');

export default [slugify, formatDate];
