const where = require.resolve('@/lib/utils');
