import { formatDate, isWeekend } from '@/legacy/date';

function sealed(_: unknown) {}

@sealed
export class Calendar {
  label = formatDate(new Date());
}

export const weekend = await Promise.resolve(isWeekend);
