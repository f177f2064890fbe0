import type { User } from '../types/user.js';
import { slugify } from '../lib/utils.js';

export const name = (u: User) => slugify(u.name);
