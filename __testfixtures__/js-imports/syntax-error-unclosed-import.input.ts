import { slugify from '@/legacy/utils';

export { slugify };
