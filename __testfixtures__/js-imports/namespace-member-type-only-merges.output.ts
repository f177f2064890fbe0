import { makeUser, type User } from '@/types/user';
import type { Role, formatDate } from '@/lib/date';

export const u: User = makeUser();
export let f: typeof formatDate | Role;
export type Alias = User;
