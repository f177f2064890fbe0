'use strict';
const utils = require('../lib/utils.cjs');
const { toIsoString } = require('../lib/date');

module.exports = { utils, toISO: toIsoString };
