import { slugify, truncate } from '@/legacy/utils';

export const title = truncate(slugify('Hello'), 10);
