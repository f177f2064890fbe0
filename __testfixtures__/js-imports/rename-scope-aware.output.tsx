import { isWeekend } from '@/legacy/date';
import { toIsoString } from '@/lib/date';

export const now = toIsoString(new Date());
export const payload = { toISO: toIsoString, isWeekend };

function inner(toISO: (d: Date) => string) {
  return toISO(new Date());
}

export function later() {
  const f = toIsoString;
  return [f, inner, () => { const toISO = 1; return toISO; }];
}
export { toIsoString as toISO };
