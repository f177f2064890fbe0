import { slugify as toSlug } from '@/lib/utils';

export const s = toSlug('A b');
