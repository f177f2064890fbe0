import { get } from '@/services/api';
import { post } from '@/services/api';

export { get, post };
