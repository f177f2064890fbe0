import date = require('@/lib/date');

export const s: string = date.toIsoString(new Date());
