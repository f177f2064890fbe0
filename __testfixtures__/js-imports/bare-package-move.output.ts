import { debounce } from 'lodash-es';
import chunk from 'old-lodash/chunk';

export { debounce, chunk };
