import { debounce } from '../legacy/helpers';
import { throttle } from '../legacy/helpers/index';

export { debounce, throttle };
