const dates = require('@/legacy/date');
const { formatDate } = require('@/lib/date');

module.exports = { label: formatDate(new Date()), weekend: dates.isWeekend };
