const utils = require('@/legacy/utils');

module.exports = utils.slugify;
