'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy (WHATWG Streams, section 7).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_OPTION, ERR_INVALID_THIS },
} = require('internal/errors');
const { customInspect, customInspectFor } = require('internal/webstreams/util');

const kHWM = Symbol('kHighWaterMark');

// size functions are shared by every instance, as the standard requires (named "size").
const byteLengthSize = { size(chunk) { return chunk.byteLength; } }.size;
const countSize = { size() { return 1; } }.size;

function readInit(init) {
  if (init === null || typeof init !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('init', 'object', init);
  }
  if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return +init.highWaterMark;
}

function defineStrategy(name, sizeFn) {
  const C = {
    [name]: class {
      constructor(init) {
        this[kHWM] = readInit(init);
      }

      get highWaterMark() {
        if (this == null || this[kHWM] === undefined) throw new ERR_INVALID_THIS(name);
        return this[kHWM];
      }

      get size() {
        if (this == null || this[kHWM] === undefined) throw new ERR_INVALID_THIS(name);
        return sizeFn;
      }
    },
  }[name];
  Object.defineProperty(C.prototype, customInspect, {
    value: customInspectFor(name, function() { return { highWaterMark: this.highWaterMark }; }),
    writable: true, configurable: true,
  });
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: name, configurable: true });
  for (const key of ['highWaterMark', 'size']) {
    Object.defineProperty(C.prototype, key, { enumerable: true });
  }
  return C;
}

const ByteLengthQueuingStrategy = defineStrategy('ByteLengthQueuingStrategy', byteLengthSize);
const CountQueuingStrategy = defineStrategy('CountQueuingStrategy', countSize);

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
