const { formatDate, ...rest } = require('@/legacy/date');

module.exports = { formatDate, rest };
