import { slugify } from '@/legacy/utils';

export const el = <div>{slugify('x')}</div>;
