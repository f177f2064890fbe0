// A require split off another keeps its linter directives too.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { keep, x } = require('./old1');
const { keep2, x: x2 } = require('./old2'); // eslint-disable-line import/no-deprecated

module.exports = [keep, x, keep2, x2];
