import type { DateLike } from '@/lib/date';
import { parseDate, formatDate } from '@/lib/date';
import type { Role, User } from '@/types/user';

export const show = (d: DateLike, u: User, r: Role) => formatDate(parseDate(d)) + u + r;
