import { slugify } from '@/lib/utils';
import { capitalize } from '@/lib/utils';

export const a = [slugify('x'), slugify('y'), capitalize('z')];
