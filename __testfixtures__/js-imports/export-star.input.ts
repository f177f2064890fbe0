export * from '@/legacy/utils';
