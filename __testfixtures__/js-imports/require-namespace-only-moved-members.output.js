const { formatDate } = require('@/lib/date');

module.exports = formatDate(new Date());
