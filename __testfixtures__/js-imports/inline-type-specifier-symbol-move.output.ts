import { isAdmin } from '@/legacy/types';
import { type User } from '@/types/user';

export const check = (u: User) => isAdmin(u);
