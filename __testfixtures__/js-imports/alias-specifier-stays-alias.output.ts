import { slugify } from '@/lib/utils';
import { get } from '@/services/api';

export { slugify, get };
