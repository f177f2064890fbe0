import { slugify } from '../legacy/utils.js';

export const s = slugify('x');
