import { toISO } from '@/legacy/date';

export function run(dates: Date[]) {
  return dates.map((toISO) => toISO.getTime());
}

export const first = toISO(new Date());
