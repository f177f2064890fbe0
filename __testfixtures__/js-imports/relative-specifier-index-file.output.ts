import { debounce } from '../shared/helpers';
import { throttle } from '../shared/helpers';

export { debounce, throttle };
