import type { DateLike } from '@/lib/date';
import { parseDate } from '@/lib/date';
import { formatDate } from '@/legacy/date';
import type { UserDto } from '@/legacy/types';
import type { Role } from '@/types/user';

export const show = (d: DateLike, u: UserDto, r: Role) => formatDate(parseDate(d)) + u + r;
