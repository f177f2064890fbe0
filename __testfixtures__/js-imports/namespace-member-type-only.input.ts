import * as types from '@/legacy/types';
import * as dates from '@/legacy/date';

export let user: types.UserDto | undefined;
export const kind = types.kind;
export const fmt: typeof dates.formatDate = dates.formatDate;
