// ssot-codemod-ignore
import { slugify } from '@/legacy/utils';
import { truncate } from '@/legacy/utils';

export { slugify, truncate };
