export type { Slug } from '@/legacy/utils';
