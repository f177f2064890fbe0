const { isWeekend: weekend } = require('../legacy/date');
const { toIsoString } = require('../lib/date');

module.exports = { toISO: toIsoString, weekend };
