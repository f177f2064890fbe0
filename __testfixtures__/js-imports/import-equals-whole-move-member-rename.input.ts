import date = require('@/legacy/date');

export const s: string = date.toISO(new Date());
