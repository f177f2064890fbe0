// tsconfig's baseUrl is the repo root: bare paths under it name files, not packages.
import { slugify } from 'src/legacy/utils';
import { help } from 'src/legacy/helpers';
import { debounce } from 'lodash';
import { other } from 'src/elsewhere/thing';

jest.mock('src/legacy/utils');

export const out = [slugify, help, debounce, other];
