// package.json "imports" name files by `#…` (Node's subpath imports): they follow moves and stay `#`
// spellings where an entry covers the target, else become relative with the entry's extension.
import { slugify } from '#legacy/utils';
import { help } from '#legacy/helpers/index';
import { formatDate, toISO, parseDate } from '#legacy/date';
import { loadConfig } from '#config';
import { get } from '#legacy/old-api';
import { other } from '#lib/other';

const lazy = () => import('#legacy/utils');
jest.mock('#legacy/utils');

export { slugify, help, formatDate, toISO, parseDate, loadConfig, get, other, lazy };
