import formatters from '@/lib/utils';

formatters.run();
