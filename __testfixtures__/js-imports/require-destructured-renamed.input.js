const { toISO, isWeekend: weekend } = require('../legacy/date');

module.exports = { toISO, weekend };
