import utils = require('@/lib/utils');

export const s = utils.slugify('x');
