const old = require('@/legacy/date');

export const format = old.formatDate;
