import { type Slug, slugify } from '@/lib/utils';

export const s: Slug = slugify('x');
