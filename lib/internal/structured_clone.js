'use strict';
// structuredClone(value, { transfer }) over V8's serializer.

const { structuredClone: clone } = internalBinding('messaging');

function structuredClone(value, options) {
  const { codes } = require('internal/errors');
  if (arguments.length === 0) {
    // node 22's exact (doubled) wording
    throw new codes.ERR_MISSING_ARGS('The value argument must be specified');
  }
  let transfer;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') {
      const err = new TypeError(
        "Failed to execute 'structuredClone': Options cannot be converted to a dictionary");
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    if (options.transfer !== undefined) transfer = Array.from(options.transfer);
  }
  try {
    return clone(value, transfer);
  } catch (err) {
    if (err !== null && typeof err === 'object' && err.name === 'DataCloneError' &&
        typeof globalThis.DOMException === 'function') {
      throw new globalThis.DOMException(err.message, 'DataCloneError');
    }
    throw err;
  }
}

module.exports = { structuredClone };
