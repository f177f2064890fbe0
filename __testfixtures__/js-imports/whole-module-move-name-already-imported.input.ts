import { slugify } from '@/lib/utils';
import { slugify as slug, capitalize } from '@/legacy/utils';

export const a = [slugify('x'), slug('y'), capitalize('z')];
