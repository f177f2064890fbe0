import type { Slug } from '@/legacy/utils';

export type Title = Slug;
