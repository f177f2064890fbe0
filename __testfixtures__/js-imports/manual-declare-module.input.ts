import { formatDate } from '@/legacy/date';

// A module replaced by a package, another module: whether the block fits it is a human's call.
declare module 'old-lodash' {
  export function slugify(text: string): string;
}

declare module 'unrelated-lib' {
  export const version: string;
}

export const today = formatDate(new Date());
