import utils = require('../lib/utils');
import type { User } from '../types/user';

export = (u: User) => utils.slugify(u.name);
