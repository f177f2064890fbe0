// tsconfig's baseUrl is the repo root: bare paths under it name files, not packages.
import { slugify } from 'src/lib/utils';
import { help } from 'src/shared/helpers';
import { debounce } from 'lodash';
import { other } from 'src/elsewhere/thing';

jest.mock('src/lib/utils');

export const out = [slugify, help, debounce, other];
