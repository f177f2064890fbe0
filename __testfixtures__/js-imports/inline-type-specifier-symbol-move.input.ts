import { type UserDto, isAdmin } from '@/legacy/types';

export const check = (u: UserDto) => isAdmin(u);
