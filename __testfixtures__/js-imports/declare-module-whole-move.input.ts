// A module that moves whole is the same module under a new path: its augmentations follow it,
// spelled as the file's imports of it are.
import { slugify } from '../legacy/helpers';

declare module '../legacy/helpers' {
  interface SlugOptions { locale?: string }
}

declare module "@/legacy/utils" {
  export interface Registry { u: 1 }
}

export const slug = slugify('A b');
