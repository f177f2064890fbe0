import * as dates from '@/legacy/date';
import { formatDate } from './local-format';

export const a = dates.formatDate(new Date());
export const b = formatDate(new Date());
