import { slugify, truncate } from '@/lib/utils';

export const title = truncate(slugify('Hello'), 10);
