export function now(): string {
  const date = require('@/lib/date');
  return date.toISO(new Date());
}
