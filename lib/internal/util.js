'use strict';
// Internal helpers shared by builtins.

// Builtins whose callbacks take several results name them here, so that
// util.promisify resolves with an object ({ address, family } for dns.lookup).
const customPromisifyArgs = Symbol('customPromisifyArgs');

module.exports = {
  customPromisifyArgs,
};
