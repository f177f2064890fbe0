import utils = require('../legacy/utils');
import type { UserDto } from '../legacy/types';

export = (u: UserDto) => utils.slugify(u.name);
