const formatDate = require('@/lib/date').formatDate;
const iso = require('@/lib/date').toIsoString;

module.exports = { formatDate, iso };
