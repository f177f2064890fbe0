import * as utils from '@/legacy/utils';

export const s = utils.slugify('x');
