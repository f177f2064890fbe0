// proxyquire loads a module as require does, with stubs keyed by that module's own specifiers,
// relative to it: when it moves to another directory, the relative keys follow it.
const proxyquire = require('proxyquire');

const Cache = proxyquire('./legacy/cache.js', {
  'file-entry-cache': {},
  './hash': () => 1,
  '../shared/assert': {},
});

const Other = proxyquire('./legacy/other', { './x': 1 });

module.exports = { Cache, run: () => Other.thing() };
