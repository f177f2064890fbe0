import { slugify } from '../legacy/utils.mjs';

export const s = slugify('x');
export const later = () => import('../legacy/utils.mjs');
