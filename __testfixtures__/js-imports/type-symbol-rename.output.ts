import type { User } from '@/types/user';

export interface Props {
  user: User;
  users: Array<User>;
}
