import { toISO, isWeekend } from '@/legacy/date';

export { toISO, isWeekend as weekend };
export default toISO;
