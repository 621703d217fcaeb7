'use strict';
// structuredClone(value, { transfer }) over V8's serializer.

const { structuredClone: clone } = internalBinding('messaging');

function structuredClone(value, options) {
  const { codes, nativeError } = require('internal/errors');
  // node checks the options natively
  const nativeTypeError = (message) => nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', message, structuredClone);
  if (arguments.length === 0) {
    // node 22's exact (doubled) wording
    throw new codes.ERR_MISSING_ARGS('The value argument must be specified');
  }
  let transfer;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') {
      throw nativeTypeError("Failed to execute 'structuredClone': Options cannot be converted to a dictionary");
    }
    if (options.transfer !== undefined) {
      const list = options.transfer;
      // WebIDL: a sequence (an iterable object) of objects
      if (list === null || (typeof list !== 'object' && typeof list !== 'function') ||
          typeof list[Symbol.iterator] !== 'function') {
        throw nativeTypeError(
          "Failed to execute 'structuredClone': transfer in Options can not be converted to sequence.");
      }
      transfer = Array.from(list);
      for (const item of transfer) {
        if (item === null || (typeof item !== 'object' && typeof item !== 'function')) {
          throw nativeTypeError('Value is not an object');
        }
      }
    }
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
