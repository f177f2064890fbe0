import { slugify } from '../../lib/utils';

export const s = slugify('x');
