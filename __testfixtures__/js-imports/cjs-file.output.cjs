'use strict';
const utils = require('../lib/utils.cjs');
const { toIsoString: toISO } = require('../lib/date');

module.exports = { utils, toISO };
