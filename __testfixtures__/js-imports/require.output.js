const utils = require('@/lib/utils');

module.exports = utils.slugify;
