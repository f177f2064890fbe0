'use strict';
const utils = require('../legacy/utils.cjs');
const { toISO } = require('../legacy/date');

module.exports = { utils, toISO };
