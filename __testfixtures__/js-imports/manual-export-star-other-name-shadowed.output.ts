export * from '@/legacy/date';

export function formatDate(d: Date): string {
  return d.toString();
}
