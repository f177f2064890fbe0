// Re-export lists follow the same rules: a name's own comment goes with it, other comments stay.
export {
  isWeekend, // for the calendar
  formatDate, // still re-exported for the reports
  /* keep */ isHoliday,
} from '@/legacy/date';
