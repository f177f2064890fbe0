const a = require(`@/lib/utils`);
const b = import(`../lib/utils`);

module.exports = { a, b };
