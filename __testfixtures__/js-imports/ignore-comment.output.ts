// ssot-codemod-ignore
import { slugify } from '@/legacy/utils';
import { truncate } from '@/lib/utils';

export { slugify, truncate };
