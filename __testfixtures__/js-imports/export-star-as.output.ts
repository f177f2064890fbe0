export * as utils from '@/lib/utils';
