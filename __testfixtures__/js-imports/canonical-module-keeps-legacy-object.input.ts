// The canonical module keeps the legacy module's object for what stays there.
import * as legacy from '@/legacy/date';
const old = require('@/legacy/date');

export const parse = legacy.parseDate;
export const zone = old.timeZone;
