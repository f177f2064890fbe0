import utils = require('@/legacy/utils');

export const s = utils.slugify('x');
