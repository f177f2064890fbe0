import {
  // the date helpers we still need
  isWeekend, // used by the calendar
  /* keep */ isHoliday,
} from '@/legacy/date'; // legacy
import { formatDate } from '@/lib/date';

export { formatDate, isWeekend, isHoliday };
