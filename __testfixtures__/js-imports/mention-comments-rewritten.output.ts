// Moved: import helpers from @/lib/utils (see also lodash-es, and '@/legacy/date' which stays).
import { slugify } from '@/lib/utils';
import path from 'node:path';

/**
 * Reads ../legacy/helpers/index.ts, like ../shared/helpers; @/legacy/utilsX is another module.
 */
export const legacyFile = path.resolve(__dirname, '../legacy/helpers/index.ts');
export const modules = ['@/legacy/utils', '@/lib/utils'];
export const hint = `import from @/legacy/utils no more`;

export const slug = slugify('a');
