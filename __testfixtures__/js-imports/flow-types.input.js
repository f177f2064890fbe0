// @flow
import type { UserDto } from '@/legacy/types';
import { slugify } from '@/legacy/utils';

type Props = {| name: string, user: ?UserDto |};

export function label({ name }: Props): string {
  return slugify(name);
}
