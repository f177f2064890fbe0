const { toIsoString } = require('../lib/date');
const { isWeekend } = require('../legacy/date');

module.exports = [toIsoString(new Date()), toIsoString(new Date()), isWeekend];
