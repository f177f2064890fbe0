const dates = require('@/legacy/date');

module.exports = { label: dates.formatDate(new Date()), weekend: dates.isWeekend };
