import type { Slug } from '@/lib/utils';

export type Title = Slug;
