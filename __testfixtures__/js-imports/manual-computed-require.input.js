const name = process.env.UTIL || 'utils';
const mod = require('../legacy/' + name);
const other = require(name);

module.exports = mod || other;
