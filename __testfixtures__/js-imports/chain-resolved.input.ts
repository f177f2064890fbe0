import { get } from '@/legacy/old-api';
import { post } from '@/legacy/api';

export { get, post };
