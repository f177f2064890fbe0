export * from '@/lib/utils';
