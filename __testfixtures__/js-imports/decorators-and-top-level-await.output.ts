import { isWeekend } from '@/legacy/date';
import { formatDate } from '@/lib/date';

function sealed(_: unknown) {}

@sealed
export class Calendar {
  label = formatDate(new Date());
}

export const weekend = await Promise.resolve(isWeekend);
