const { toIsoString } = require('../lib/date');
const { toISO, isWeekend } = require('../legacy/date');

module.exports = [toISO(new Date()), toIsoString(new Date()), isWeekend];
