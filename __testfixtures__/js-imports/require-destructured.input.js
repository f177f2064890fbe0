const { formatDate, isWeekend } = require('@/legacy/date');

module.exports = { formatDate, isWeekend };
