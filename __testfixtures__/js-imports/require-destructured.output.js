const { isWeekend } = require('@/legacy/date');
const { formatDate } = require('@/lib/date');

module.exports = { formatDate, isWeekend };
