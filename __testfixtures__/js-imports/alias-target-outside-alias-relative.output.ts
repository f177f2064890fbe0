import config from '../../config/app';

export default config;
