const formatDate = require('@/legacy/date').formatDate;
const iso = require('@/legacy/date').toISO;

module.exports = { formatDate, iso };
