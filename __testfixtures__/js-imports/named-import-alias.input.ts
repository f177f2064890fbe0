import { slugify as toSlug } from '@/legacy/utils';

export const s = toSlug('A b');
