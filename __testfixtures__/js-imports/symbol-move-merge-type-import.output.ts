import { parseDate } from '@/lib/user-helpers';
import type { Role, User } from '@/types/user';
import type { UserId } from '@/legacy/types';

export const who = (u: User, id: UserId, r: Role) => parseDate(u, id, r);
