const dates = require('@/legacy/date');

module.exports = dates.formatDate(new Date());
