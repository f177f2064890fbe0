export * from '@/legacy/date';
export * from '@/lib/date';
