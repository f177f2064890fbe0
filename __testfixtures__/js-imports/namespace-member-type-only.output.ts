import * as types from '@/legacy/types';
import type { User } from '@/types/user';
import { formatDate } from '@/lib/date';

export let user: User | undefined;
export const kind = types.kind;
export const fmt: typeof formatDate = formatDate;
