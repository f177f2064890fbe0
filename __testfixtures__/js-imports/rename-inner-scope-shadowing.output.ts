import { toIsoString } from '@/lib/date';

export function run(dates: Date[]) {
  return dates.map((toISO) => toISO.getTime());
}

export const first = toIsoString(new Date());
