const a = require(`@/legacy/utils`);
const b = import(`../legacy/utils`);

module.exports = { a, b };
