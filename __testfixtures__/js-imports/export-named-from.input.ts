export { slugify, truncate as clip } from '@/legacy/utils';
