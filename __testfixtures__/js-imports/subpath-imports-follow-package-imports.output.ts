// package.json "imports" name files by `#…` (Node's subpath imports): they follow moves and stay `#`
// spellings where an entry covers the target, else become relative with the entry's extension.
import { slugify } from '#lib/utils';
import { help } from '../shared/helpers.js';
import { parseDate } from '#legacy/date';
import { formatDate, toIsoString } from '#lib/date';
import { loadConfig } from '../../config/app.js';
import { get } from '#services/api';
import { other } from '#lib/other';

const lazy = () => import('#lib/utils');
jest.mock('#lib/utils');

export { slugify, help, formatDate, toIsoString as toISO, parseDate, loadConfig, get, other, lazy };
