'use strict';
// structuredClone(value, { transfer }) over V8's serializer.

const { structuredClone: clone } = internalBinding('messaging');

function structuredClone(value, options) {
  if (arguments.length === 0) {
    throw new (require('internal/errors').codes.ERR_MISSING_ARGS)('value');
  }
  let transfer;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') {
      throw new TypeError(
        "Failed to execute 'structuredClone' on 'Window': The provided value is not of type " +
        "'StructuredSerializeOptions'.");
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
