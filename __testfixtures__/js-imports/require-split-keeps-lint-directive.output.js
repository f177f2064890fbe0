// A require split off another keeps its linter directives too.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { keep } = require('./old1');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { x } = require('./new1');
const { keep2 } = require('./old2'); // eslint-disable-line import/no-deprecated
const { x: x2 } = require('./new2'); // eslint-disable-line import/no-deprecated

module.exports = [keep, x, keep2, x2];
