// CRLF: a name's line goes whole, and its comment lands on the new declaration's line.
import {
  isWeekend,
  formatDate, // still used by the reports
  // calendar
  isHoliday,
} from '@/legacy/date';

export const all = [isWeekend, formatDate, isHoliday];
