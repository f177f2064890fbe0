import formatters from '@/legacy/utils';

formatters.run();
