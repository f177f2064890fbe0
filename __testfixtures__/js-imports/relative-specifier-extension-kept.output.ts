import { slugify } from '../lib/utils.js';

export const s = slugify('x');
