// CRLF: a name's line goes whole, and its comment lands on the new declaration's line.
import {
  isWeekend,
  // calendar
  isHoliday,
} from '@/legacy/date';
import { formatDate } from '@/lib/date'; // still used by the reports

export const all = [isWeekend, formatDate, isHoliday];
