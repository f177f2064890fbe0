export * from '@/legacy/date';
