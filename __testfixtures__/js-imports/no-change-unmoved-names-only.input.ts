import { isWeekend, isHoliday } from '@/legacy/date';
import * as dates from '@/legacy/date';
const { isWeekend: w } = require('@/legacy/date');

export { isWeekend, isHoliday, w };
export const h = dates.isHoliday;
