import { slugify } from '@/legacy/utils';
const { formatDate } = require('@/legacy/date');

export default [slugify, formatDate];
