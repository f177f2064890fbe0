// A module that moves whole is the same module under a new path: its augmentations follow it,
// spelled as the file's imports of it are.
import { slugify } from '../shared/helpers';

declare module '../shared/helpers' {
  interface SlugOptions { locale?: string }
}

declare module "@/lib/utils" {
  export interface Registry { u: 1 }
}

export const slug = slugify('A b');
