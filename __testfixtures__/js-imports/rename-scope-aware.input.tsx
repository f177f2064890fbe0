import { toISO, isWeekend } from '@/legacy/date';

export const now = toISO(new Date());
export const payload = { toISO, isWeekend };

function inner(toISO: (d: Date) => string) {
  return toISO(new Date());
}

export function later() {
  const f = toISO;
  return [f, inner, () => { const toISO = 1; return toISO; }];
}
export { toISO };
