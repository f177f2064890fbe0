import { parseDate } from '@/lib/user-helpers';
import type { Role } from '@/types/user';
import type { UserDto, UserId } from '@/legacy/types';

export const who = (u: UserDto, id: UserId, r: Role) => parseDate(u, id, r);
