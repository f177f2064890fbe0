import { slugify } from '@/legacy/utils';
import { get } from '@/legacy/old-api';

export { slugify, get };
