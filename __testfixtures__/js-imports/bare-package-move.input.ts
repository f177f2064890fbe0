import { debounce } from 'old-lodash';
import chunk from 'old-lodash/chunk';

export { debounce, chunk };
