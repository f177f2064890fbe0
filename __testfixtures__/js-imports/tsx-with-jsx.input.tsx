import React from 'react';
import { OldCard } from '@/legacy/ui';
import type { UserDto } from '@/legacy/types';

export function Profile({ user }: { user: UserDto }) {
  return <OldCard title={user.name} />;
}
