import { debounce } from 'lodash-es';
import chunk from 'lodash-es/chunk';
import type { DebounceSettings } from 'lodash-es/types/debounce';
import notUnder from 'old-lodash-extra/chunk';

export { debounce, chunk, notUnder };
export type { DebounceSettings };
export * from 'lodash-es/fp';

jest.mock('lodash-es/chunk', () => jest.fn());
const lazy = () => import('lodash-es/throttle');
const required = require('lodash-es/memoize');
