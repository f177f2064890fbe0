// @flow
import type { User } from '@/types/user';
import { slugify } from '@/lib/utils';

type Props = {| name: string, user: ?User |};

export function label({ name }: Props): string {
  return slugify(name);
}
