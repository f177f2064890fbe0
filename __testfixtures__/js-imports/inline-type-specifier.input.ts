import { type Slug, slugify } from '@/legacy/utils';

export const s: Slug = slugify('x');
