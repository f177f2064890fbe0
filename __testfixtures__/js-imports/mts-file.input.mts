import type { UserDto } from '../legacy/types.js';
import { slugify } from '../legacy/utils.js';

export const name = (u: UserDto) => slugify(u.name);
