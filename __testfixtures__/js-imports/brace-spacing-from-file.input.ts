import {keep} from './keep';
import OldButton from '@/legacy/ui';
import * as types from '@/legacy/types';

export const b = OldButton(keep);
export const u = new types.UserDto();
export const k = types.kind;
