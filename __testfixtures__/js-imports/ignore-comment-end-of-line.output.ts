import { slugify } from '@/legacy/utils'; // ssot-codemod-ignore
import { truncate } from '@/lib/utils';
/* ssot-codemod-ignore */ import { pad } from '@/legacy/utils';
import {
  trim,
} from '@/legacy/utils'; // ssot-codemod-ignore

export { slugify, truncate, pad, trim };

// A comment beside other code of a function speaks for that line only.
export function load() {
  const y = 1; // ssot-codemod-ignore
  return [y, require('@/lib/utils')];
}
