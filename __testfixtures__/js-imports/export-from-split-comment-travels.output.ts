// Re-export lists follow the same rules: a name's own comment goes with it, other comments stay.
export {
  isWeekend, // for the calendar
  /* keep */ isHoliday,
} from '@/legacy/date';
export { formatDate } from '@/lib/date'; // still re-exported for the reports
