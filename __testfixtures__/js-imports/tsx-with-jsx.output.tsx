import React from 'react';
import { Card } from '@/components/Card';
import type { User } from '@/types/user';

export function Profile({ user }: { user: User }) {
  return <Card title={user.name} />;
}
