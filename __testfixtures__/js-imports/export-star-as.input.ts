export * as utils from '@/legacy/utils';
