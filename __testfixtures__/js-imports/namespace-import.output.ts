import * as utils from '@/lib/utils';

export const s = utils.slugify('x');
