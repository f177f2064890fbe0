// Compatibility layer: what stays here still loads.
export { formatDate } from '@/lib/date';
export * from '@/services/api';
