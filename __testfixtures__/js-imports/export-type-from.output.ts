export type { Slug } from '@/lib/utils';
