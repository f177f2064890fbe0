import {keep} from './keep';
import {Button as OldButton} from '@/components/Button';
import * as types from '@/legacy/types';
import {User} from '@/types/user';

export const b = OldButton(keep);
export const u = new User();
export const k = types.kind;
