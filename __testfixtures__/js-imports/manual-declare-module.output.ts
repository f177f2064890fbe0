import { formatDate } from '@/lib/date';

// Types for the legacy module: where they belong is a human's call.
declare module '@/legacy/utils' {
  export function slugify(text: string): string;
}

declare module 'unrelated-lib' {
  export const version: string;
}

export const today = formatDate(new Date());
