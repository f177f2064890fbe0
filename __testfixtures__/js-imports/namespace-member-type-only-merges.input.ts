import { makeUser } from '@/types/user';
import type { Role } from '@/lib/date';
import * as types from '@/legacy/types';
import * as dates from '@/legacy/date';

export const u: types.UserDto = makeUser();
export let f: typeof dates.formatDate | Role;
export type Alias = types.UserDto;
