import { slugify } from '../../legacy/utils';

export const s = slugify('x');
