import { debounce } from 'old-lodash';
import chunk from 'old-lodash/chunk';
import type { DebounceSettings } from 'old-lodash/types/debounce';
import notUnder from 'old-lodash-extra/chunk';

export { debounce, chunk, notUnder };
export type { DebounceSettings };
export * from 'old-lodash/fp';

jest.mock('old-lodash/chunk', () => jest.fn());
const lazy = () => import('old-lodash/throttle');
const required = require('old-lodash/memoize');
