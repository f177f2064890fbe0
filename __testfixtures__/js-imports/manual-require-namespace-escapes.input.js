const dates = require('@/legacy/date');

module.exports = { ...dates, label: dates.formatDate(new Date()) };
