import { formatDate as legacyFormat, isWeekend } from '../legacy/date';

export const parseDate = (s: string) => new Date(s);
export { legacyFormat, isWeekend };
