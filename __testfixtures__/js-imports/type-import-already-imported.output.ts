import type { User } from '@/types/user';

export function name(u: User, v: User): string {
  return u.name + v.name;
}
