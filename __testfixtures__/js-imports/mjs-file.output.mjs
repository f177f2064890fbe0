import { slugify } from '../lib/utils.mjs';

export const s = slugify('x');
export const later = () => import('../lib/utils.mjs');
