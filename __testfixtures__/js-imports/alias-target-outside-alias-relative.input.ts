import config from '@/legacy/config';

export default config;
