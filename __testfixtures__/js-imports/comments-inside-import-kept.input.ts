import {
  // the date helpers we still need
  isWeekend, // used by the calendar
  formatDate,
  /* keep */ isHoliday,
} from '@/legacy/date'; // legacy

export { formatDate, isWeekend, isHoliday };
