import type { User } from '@/types/user';
import type { UserDto } from '@/legacy/types';

export function name(u: UserDto, v: User): string {
  return u.name + v.name;
}
