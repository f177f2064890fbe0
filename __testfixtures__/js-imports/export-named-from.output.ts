export { slugify, truncate as clip } from '@/lib/utils';
