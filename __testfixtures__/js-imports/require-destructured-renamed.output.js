const { isWeekend: weekend } = require('../legacy/date');
const { toIsoString: toISO } = require('../lib/date');

module.exports = { toISO, weekend };
