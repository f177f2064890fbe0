// ssot-codemod-ignore-file: kept on the legacy module until the v2 release
import { slugify } from '@/legacy/utils';

export { slugify };
