import type { UserDto } from '@/legacy/types';

export interface Props {
  user: UserDto;
  users: Array<UserDto>;
}
