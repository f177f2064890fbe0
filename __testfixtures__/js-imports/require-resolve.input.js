const where = require.resolve('@/legacy/utils');
