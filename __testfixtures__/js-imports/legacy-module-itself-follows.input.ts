// Compatibility layer: what stays here still loads.
export { formatDate } from '@/legacy/date';
export * from '@/legacy/api';
