import { isWeekend } from '@/legacy/date';
import { toIsoString } from '@/lib/date';

export { toIsoString as toISO, isWeekend as weekend };
export default toIsoString;
