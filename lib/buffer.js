'use strict';
// node:buffer for nodus. Buffers are FastBuffers (a Uint8Array subclass); small allocations
// come from a shared 8 KiB pool; encoding, decoding and scanning run in internalBinding('buffer').

const binding = internalBinding('buffer');
const {
  byteLengthUtf8,
  compare: bindingCompare,
  compareOffset,
  copy: bindingCopy,
  createFromString,
  createUnsafeArrayBuffer,
  fill: bindingFill,
  indexOfBuffer,
  indexOfNumber,
  indexOfString,
  isAscii: bindingIsAscii,
  isUtf8: bindingIsUtf8,
  swap16: bindingSwap16,
  swap32: bindingSwap32,
  swap64: bindingSwap64,
  kStringMaxLength,
} = binding;
const {
  asciiSlice, base64Slice, base64urlSlice, latin1Slice, hexSlice, ucs2Slice, utf8Slice,
  asciiWrite, base64Write, base64urlWrite, latin1Write, hexWrite, ucs2Write, utf8Write,
} = binding;

const {
  aggregateTwoErrors, // eslint-disable-line no-unused-vars
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const {
  validateInteger,
  validateString,
} = require('internal/validators');
const {
  FastBuffer,
  addBufferPrototypeMethods,
  validateNumber,
} = require('internal/buffer');

const kMaxLength = 2 ** 53 - 1;
const kMaxSafe = Number.MAX_SAFE_INTEGER;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true, configurable: false },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true, configurable: false },
});

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
let INSPECT_MAX_BYTES = 50;

// ---- type checks ----------------------------------------------------------------------------

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getToStringTag =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
// V8 10.2 loads `length` (and methods) of a typed array slowly in optimised code; calling the
// getters and the native functions through .call() is several times faster.
const getTypedArrayLength = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get;
const getTypedArrayByteLength =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteLength').get;
const getTypedArrayByteOffset =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteOffset').get;
const getTypedArrayBuffer = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'buffer').get;
const typedArrayIndexOf = TypedArrayPrototype.indexOf;
const typedArrayLastIndexOf = TypedArrayPrototype.lastIndexOf;
const getArrayBufferByteLength =
  Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const getSharedByteLength = typeof SharedArrayBuffer === 'function' ?
  Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;
const typedArraySlice = TypedArrayPrototype.slice;
const typedArrayFill = TypedArrayPrototype.fill;
const typedArraySet = TypedArrayPrototype.set;

function isUint8Array(value) {
  return getToStringTag.call(value) === 'Uint8Array';
}
function isTypedArray(value) {
  return getToStringTag.call(value) !== undefined;
}
function isArrayBuffer(value) {
  try {
    getArrayBufferByteLength.call(value);
    return true;
  } catch {
    return false;
  }
}
function isSharedArrayBuffer(value) {
  if (getSharedByteLength === undefined) return false;
  try {
    getSharedByteLength.call(value);
    return true;
  } catch {
    return false;
  }
}
function isAnyArrayBuffer(value) {
  return value !== null && typeof value === 'object' &&
    (isArrayBuffer(value) || isSharedArrayBuffer(value));
}

// ---- encodings ------------------------------------------------------------------------------

function base64ByteLength(str, bytes) {
  // Trailing '=' padding does not encode bytes.
  if (bytes > 0 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

const kUtf8 = 1;
const kUcs2 = 2;
const kLatin1 = 3;
const kAscii = 4;
const kBase64 = 5;
const kBase64Url = 6;
const kHex = 7;

// maxBytes(length): an upper bound of the bytes a string of `length` UTF-16 units encodes to.
function makeOps(encoding, id, byteLength, write, slice, stringSearch, maxBytes) {
  return {
    encoding,
    encodingVal: id,
    byteLength,
    maxBytes,
    write: (buf, string, offset, len) => write.call(buf, string, offset, len),
    slice: (buf, start, end) => slice.call(buf, start, end),
    indexOf: stringSearch ?
      (buf, val, byteOffset, dir) => indexOfString(buf, val, byteOffset, id, dir) :
      (buf, val, byteOffset, dir) =>
        indexOfBuffer(buf, fromStringFast(val, encodingOps[encoding]), byteOffset, id, dir),
  };
}

const encodingOps = {
  utf8: makeOps('utf8', kUtf8, byteLengthUtf8, utf8Write, utf8Slice, true, (n) => n * 3),
  ucs2: makeOps('ucs2', kUcs2, (s) => s.length * 2, ucs2Write, ucs2Slice, true, (n) => n * 2),
  utf16le: makeOps('utf16le', kUcs2, (s) => s.length * 2, ucs2Write, ucs2Slice, true,
                   (n) => n * 2),
  latin1: makeOps('latin1', kLatin1, (s) => s.length, latin1Write, latin1Slice, true, (n) => n),
  ascii: makeOps('ascii', kAscii, (s) => s.length, asciiWrite, asciiSlice, true, (n) => n),
  base64: makeOps('base64', kBase64, (s) => base64ByteLength(s, s.length), base64Write,
                  base64Slice, false, (n) => ((n * 3) >>> 2) + 3),
  base64url: makeOps('base64url', kBase64Url, (s) => base64ByteLength(s, s.length),
                     base64urlWrite, base64urlSlice, false, (n) => ((n * 3) >>> 2) + 3),
  hex: makeOps('hex', kHex, (s) => s.length >>> 1, hexWrite, hexSlice, false, (n) => n >>> 1),
};

function getEncodingOps(encoding) {
  encoding += '';
  switch (encoding.length) {
    case 4:
      if (encoding === 'utf8') return encodingOps.utf8;
      if (encoding === 'ucs2') return encodingOps.ucs2;
      encoding = encoding.toLowerCase();
      if (encoding === 'utf8') return encodingOps.utf8;
      if (encoding === 'ucs2') return encodingOps.ucs2;
      break;
    case 5:
      if (encoding === 'utf-8') return encodingOps.utf8;
      if (encoding === 'ascii') return encodingOps.ascii;
      if (encoding === 'ucs-2') return encodingOps.ucs2;
      encoding = encoding.toLowerCase();
      if (encoding === 'utf-8') return encodingOps.utf8;
      if (encoding === 'ascii') return encodingOps.ascii;
      if (encoding === 'ucs-2') return encodingOps.ucs2;
      break;
    case 7:
      if (encoding === 'utf16le' || encoding.toLowerCase() === 'utf16le') return encodingOps.utf16le;
      break;
    case 8:
      if (encoding === 'utf-16le' || encoding.toLowerCase() === 'utf-16le') return encodingOps.utf16le;
      break;
    case 6:
      if (encoding === 'latin1' || encoding === 'binary') return encodingOps.latin1;
      if (encoding === 'base64') return encodingOps.base64;
      encoding = encoding.toLowerCase();
      if (encoding === 'latin1' || encoding === 'binary') return encodingOps.latin1;
      if (encoding === 'base64') return encodingOps.base64;
      break;
    case 3:
      if (encoding === 'hex' || encoding.toLowerCase() === 'hex') return encodingOps.hex;
      break;
    case 9:
      if (encoding === 'base64url' || encoding.toLowerCase() === 'base64url') return encodingOps.base64url;
      break;
  }
  return undefined;
}

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  const ops = getEncodingOps(enc);
  if (ops === undefined) return undefined;
  return ops.encoding === 'ucs2' ? 'utf16le' : ops.encoding;
}

// ---- the pool -------------------------------------------------------------------------------

const flagState = require('internal/process/flag_state');

// Sizes from here on get memory V8 does not zero first.
const kUnsafeThreshold = 4096;

function createUnsafeBuffer(size) {
  if (size < kUnsafeThreshold) return new FastBuffer(size);
  return new FastBuffer(createUnsafeArrayBuffer(size));
}

let poolSize;
let poolOffset;
let allocPool;    // the pool's ArrayBuffer
let allocBuffer;  // a FastBuffer over all of it: strings are encoded straight into the pool

function createPool() {
  poolSize = Buffer.poolSize;
  allocBuffer = createUnsafeBuffer(poolSize);
  allocPool = getTypedArrayBuffer.call(allocBuffer);
  poolOffset = 0;
}

function alignPool() {
  // Keep every pooled slice 8-byte aligned.
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (allocPool === undefined || size > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return createUnsafeBuffer(size);
}

// Short strings are encoded by a JS loop (cheaper than a native call) straight into the pool at
// poolOffset, which has room for 3 bytes per UTF-16 unit; returns the bytes written.
const kShortString = 48;
function writeShort(string, length, utf8) {
  const pool = allocBuffer;
  let o = poolOffset;
  if (!utf8) {
    // latin1 and ascii: the low byte of each code unit.
    for (let i = 0; i < length; i++) pool[o + i] = string.charCodeAt(i);
    return length;
  }
  for (let i = 0; i < length; i++) {
    let c = string.charCodeAt(i);
    if (c < 0x80) {
      pool[o++] = c;
    } else if (c < 0x800) {
      pool[o++] = 0xc0 | (c >> 6);
      pool[o++] = 0x80 | (c & 0x3f);
    } else if (c < 0xd800 || c > 0xdfff) {
      pool[o++] = 0xe0 | (c >> 12);
      pool[o++] = 0x80 | ((c >> 6) & 0x3f);
      pool[o++] = 0x80 | (c & 0x3f);
    } else {
      const d = i + 1 < length ? string.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        pool[o++] = 0xf0 | (c >> 18);
        pool[o++] = 0x80 | ((c >> 12) & 0x3f);
        pool[o++] = 0x80 | ((c >> 6) & 0x3f);
        pool[o++] = 0x80 | (c & 0x3f);
      } else {
        // A lone surrogate becomes U+FFFD.
        pool[o++] = 0xef;
        pool[o++] = 0xbf;
        pool[o++] = 0xbd;
      }
    }
  }
  return o - poolOffset;
}

function fromStringFast(string, ops) {
  const maxLength = Buffer.poolSize >>> 1;
  let length = string.length;
  if (length >= maxLength) return fromStringSlow(string, ops);
  const id = ops.encodingVal;
  if (length <= kShortString && (id === kUtf8 || id === kLatin1 || id === kAscii) &&
      length * 3 < maxLength) {
    if (allocPool === undefined || length * 3 > (poolSize - poolOffset)) createPool();
    const written = writeShort(string, length, id === kUtf8);
    const b = new FastBuffer(allocPool, poolOffset, written);
    poolOffset += written;
    alignPool();
    return b;
  }
  // An upper bound saves measuring the string when it fits in what is left of the pool.
  length = ops.maxBytes(length);
  if (length >= maxLength || allocPool === undefined || length > (poolSize - poolOffset)) {
    length = ops.byteLength(string);
    if (length >= maxLength) return fromStringSlow(string, ops);
  }
  if (allocPool === undefined || length > (poolSize - poolOffset)) createPool();
  const actual = ops.write(allocBuffer, string, poolOffset, length);
  const b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function fromStringSlow(string, ops) {
  return new FastBuffer(createFromString(string, ops.encodingVal));
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, ops);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (byteOffset !== byteOffset) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  const length = obj.length;
  if (length <= 0) return new FastBuffer();
  if (length < (Buffer.poolSize >>> 1)) {
    if (allocPool === undefined || length > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, length);
    typedArraySet.call(b, obj, 0);
    poolOffset += length;
    alignPool();
    return b;
  }
  const b = new FastBuffer(length);
  typedArraySet.call(b, obj, 0);
  return b;
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

// ---- Buffer ---------------------------------------------------------------------------------

// DEP0005 is for the application's own code: calls from under node_modules stay quiet (unless
// --pending-deprecation), and after 10000 such checks the stack is no longer looked at.
let bufferWarningShown = false;
let nodeModulesChecks = 0;
function showFlaggedDeprecation() {
  if (bufferWarningShown || ++nodeModulesChecks > 10000) return;
  const { isInsideNodeModules, isPendingDeprecation } = require('internal/util');
  if (!isPendingDeprecation() && isInsideNodeModules(100, true)) return;
  bufferWarningShown = true;
  process.emitWarning(
    'Buffer() is deprecated due to security and usability issues. Please use the ' +
    'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
    'DeprecationWarning', 'DEP0005');
}

function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null, enumerable: false, configurable: true, get() { return FastBuffer; },
});

Buffer.poolSize = 8 * 1024;

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE(
    'first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = getTypedArrayLength.call(view);
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = typedArraySlice.call(view, offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.of = function of(...items) {
  const b = allocate(items.length);
  for (let k = 0; k < items.length; k++) b[k] = items[k];
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createUnsafeBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (flagState.zeroFillBuffers) return new FastBuffer(size);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (flagState.zeroFillBuffers) return new FastBuffer(size);
  return createUnsafeBuffer(size);
};

// The deprecated SlowBuffer: an unpooled Buffer.
function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (flagState.zeroFillBuffers) return new FastBuffer(size);
  return createUnsafeBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return bindingCompare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};
Buffer[Symbol.for('kIsEncodingSymbol')] = Buffer.isEncoding;

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw new ERR_INVALID_ARG_TYPE('list', 'Array', list);
  if (list.length === 0) return new FastBuffer();
  const checked = length === undefined;
  if (checked) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (!isUint8Array(item)) {
        throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], item);
      }
      length += getTypedArrayLength.call(item);
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = allocate(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!checked && !isUint8Array(buf)) {
      // Items are checked here when the caller gave `length`.
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], buf);
    }
    const len = getTypedArrayLength.call(buf);
    if (pos + len <= length) {
      typedArraySet.call(buffer, buf, pos);
      pos += len;
    } else {
      pos += _copyActual(buf, buffer, pos, 0, len);
    }
  }
  // Zero what the list did not cover (allocUnsafe memory is not zeroed).
  if (pos < length) typedArrayFill.call(buffer, 0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  if (len === 0) return 0;
  if (!encoding || encoding === 'utf8') return byteLengthUtf8(string);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) return byteLengthUtf8(string);
  return ops.byteLength(string);
}
Buffer.byteLength = byteLength;

// ---- prototype ------------------------------------------------------------------------------

Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(Buffer.prototype, 'constructor', {
  __proto__: null, value: Buffer, writable: true, enumerable: false, configurable: true,
});
Object.setPrototypeOf(Buffer, Uint8Array);
addBufferPrototypeMethods(Buffer.prototype);

const proto = Buffer.prototype;
proto.asciiSlice = asciiSlice;
proto.base64Slice = base64Slice;
proto.base64urlSlice = base64urlSlice;
proto.latin1Slice = latin1Slice;
proto.hexSlice = hexSlice;
proto.ucs2Slice = ucs2Slice;
proto.utf8Slice = utf8Slice;
proto.asciiWrite = asciiWrite;
proto.base64Write = base64Write;
proto.base64urlWrite = base64urlWrite;
proto.latin1Write = latin1Write;
proto.hexWrite = hexWrite;
proto.ucs2Write = ucs2Write;
proto.utf8Write = utf8Write;

Object.defineProperty(Buffer.prototype, 'parent', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(Buffer.prototype, 'offset', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

function toInteger(n, defaultVal) {
  n = +n;
  if (n === n && n >= -kMaxSafe && n <= kMaxSafe) return (n % 1) === 0 ? n : Math.floor(n);
  return defaultVal;
}

function _copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  const targetLength = getTypedArrayByteLength.call(target);
  if (sourceEnd - sourceStart > targetLength - targetStart) {
    sourceEnd = sourceStart + targetLength - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceByteLength = getTypedArrayByteLength.call(source);
  const sourceLen = sourceByteLength - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  if (sourceStart === 0 && nb === sourceByteLength) {
    // A whole source (concat's case): V8's own copy, no native call.
    typedArraySet.call(target, source, targetStart);
    return nb;
  }
  if (nb <= 16) {
    // Small copies stay in JS (cheaper than a native call); ranges may overlap.
    if (source === target && targetStart > sourceStart) {
      for (let i = nb - 1; i >= 0; i--) target[targetStart + i] = source[sourceStart + i];
    } else {
      for (let i = 0; i < nb; i++) target[targetStart + i] = source[sourceStart + i];
    }
    return nb;
  }
  return bindingCopy(source, target, targetStart, sourceStart, nb);
}

function _copy(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > getTypedArrayByteLength.call(source)) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${getTypedArrayByteLength.call(source)}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = getTypedArrayByteLength.call(source);
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= getTypedArrayByteLength.call(target) || sourceStart >= sourceEnd) return 0;
  return _copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  return _copy(this, target, targetStart, sourceStart, sourceEnd);
};

proto.toString = function toString(encoding, start, end) {
  const len = getTypedArrayLength.call(this);
  if (arguments.length === 0) return utf8Slice.call(this, 0, len);
  if (start <= 0) {
    start = 0;
  } else if (start >= len) {
    return '';
  } else {
    start = Math.trunc(start) || 0;
  }
  if (end === undefined || end > len) {
    end = len;
  } else {
    end = Math.trunc(end) || 0;
  }
  if (end <= start) return '';
  if (encoding === undefined || encoding === 'utf8') return utf8Slice.call(this, start, end);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return ops.slice(this, start, end);
};

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = getTypedArrayLength.call(this);
  if (len !== getTypedArrayLength.call(otherBuffer)) return false;
  return len === 0 || bindingCompare(this, otherBuffer) === 0;
};

let utilInspect;
function lazyInspect() {
  if (utilInspect === undefined) utilInspect = require('internal/util/inspect').inspect;
  return utilInspect;
}

proto[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  const hex = this.hexSlice(0, actualMax);
  let str = '';
  for (let i = 0; i < hex.length; i += 2) {
    if (i !== 0) str += ' ';
    str += hex[i] + hex[i + 1];
  }
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  // Own non-index properties follow the bytes.
  if (ctx) {
    const keys = ctx.showHidden ? Object.getOwnPropertyNames(this) : Object.keys(this);
    const obj = { __proto__: null };
    let extras = false;
    for (const key of keys) {
      if (isIndexKey(key)) continue;
      extras = true;
      obj[key] = this[key];
    }
    if (ctx.showHidden) {
      for (const sym of Object.getOwnPropertySymbols(this)) {
        extras = true;
        obj[sym] = this[sym];
      }
    } else {
      for (const sym of Object.getOwnPropertySymbols(this)) {
        if (Object.prototype.propertyIsEnumerable.call(this, sym)) {
          extras = true;
          obj[sym] = this[sym];
        }
      }
    }
    if (extras) {
      if (this.length !== 0) str += ', ';
      const inner = lazyInspect()(obj, { ...ctx, breakLength: Infinity, compact: true });
      // Drop "[Object: null prototype] {" and " }".
      str += inner.slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
proto.inspect = proto[customInspectSymbol];

function isIndexKey(key) {
  if (key.length === 0 || key.length > 16) return false;
  const n = +key;
  return Number.isInteger(n) && n >= 0 && `${n}` === key;
}

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) {
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (arguments.length === 1) return bindingCompare(this, target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  const targetLength = getTypedArrayLength.call(target);
  if (targetEnd === undefined) targetEnd = targetLength;
  else validateOffset(targetEnd, 'targetEnd', 0, targetLength);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  const sourceLength = getTypedArrayLength.call(this);
  if (sourceEnd === undefined) sourceEnd = sourceLength;
  else validateOffset(sourceEnd, 'sourceEnd', 0, sourceLength);
  if (sourceStart >= sourceEnd) return (targetStart >= targetEnd ? 0 : -1);
  if (targetStart >= targetEnd) return 1;
  return compareOffset(this, target, targetStart, sourceStart, targetEnd, sourceEnd);
};

// indexOf / lastIndexOf / includes: `dir` true searches forward.
function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (byteOffset !== byteOffset) {
    byteOffset = dir ? 0 : (getTypedArrayLength.call(buffer) || getTypedArrayByteLength.call(buffer));
  }
  dir = !!dir;
  if (typeof val === 'number') {
    // Short haystacks: V8's own search beats a native call (same offset rules for one byte).
    if (getTypedArrayByteLength.call(buffer) <= 512 && isUint8Array(buffer)) {
      return dir ? typedArrayIndexOf.call(buffer, (val >>> 0) & 255, byteOffset) :
        typedArrayLastIndexOf.call(buffer, (val >>> 0) & 255, byteOffset);
    }
    return indexOfNumber(buffer, val >>> 0, byteOffset, dir);
  }
  let ops;
  if (encoding === undefined) ops = encodingOps.utf8;
  else ops = getEncodingOps(encoding);
  if (typeof val === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return ops.indexOf(buffer, val, byteOffset, dir);
  }
  if (isUint8Array(val)) {
    const encodingVal = ops === undefined ? kUtf8 : ops.encodingVal;
    return indexOfBuffer(buffer, val, byteOffset, encodingVal, dir);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};
proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};
proto.includes = function includes(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true) !== -1;
};

function _fill(buf, value, offset, end, encoding) {
  const bufLength = getTypedArrayLength.call(buf);
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = bufLength;
    } else if (typeof end === 'string') {
      encoding = end;
      end = bufLength;
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;  // an empty string fills with zeros
    } else if (value.length === 1) {
      if (normalized === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalized === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
    encoding = normalized;
  } else {
    encoding = undefined;
  }
  if (offset === undefined) {
    offset = 0;
    end = bufLength;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) {
      end = bufLength;
    } else {
      validateOffset(end, 'end', 0, bufLength);
    }
    if (offset >= end) return buf;
  }
  if (offset >= end) return buf;  // nothing to fill: the value is not looked at
  if (typeof value === 'number') {
    if (end - offset + offset > getTypedArrayByteLength.call(buf)) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    typedArrayFill.call(buf, value, offset, end);
  } else {
    const ops = encoding === undefined ? undefined : getEncodingOps(encoding);
    const res = bindingFill(buf, value, offset, end, ops === undefined ? kUtf8 : ops.encodingVal);
    if (res < 0) {
      if (res === -1) throw new ERR_INVALID_ARG_VALUE('value', value);
      throw new ERR_BUFFER_OUT_OF_BOUNDS();
    }
  }
  return buf;
}

proto.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

proto.write = function write(string, offset, length, encoding) {
  const len = getTypedArrayLength.call(this);
  if (offset === undefined) return utf8Write.call(this, string, 0, len);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = len;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, len);
    const remaining = len - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, len);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return utf8Write.call(this, string, offset, length);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return ops.write(this, string, offset, length);
};

proto.toJSON = function toJSON() {
  const len = getTypedArrayLength.call(this);
  if (len > 0) {
    const data = new Array(len);
    for (let i = 0; i < len; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
};

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || offset !== offset) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return length;
}

proto.subarray = function subarray(start, end) {
  const srcLength = getTypedArrayLength.call(this);
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(getTypedArrayBuffer.call(this), getTypedArrayByteOffset.call(this) + start,
                        newLength);
};

proto.slice = function slice(start, end) {
  return proto.subarray.call(this, start, end);
};

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

proto.swap16 = function swap16() {
  const len = getTypedArrayLength.call(this);
  if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
  if (len < 128) {
    for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
    return this;
  }
  return bindingSwap16(this);
};

proto.swap32 = function swap32() {
  const len = getTypedArrayLength.call(this);
  if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
  if (len < 192) {
    for (let i = 0; i < len; i += 4) {
      swap(this, i, i + 3);
      swap(this, i + 1, i + 2);
    }
    return this;
  }
  return bindingSwap32(this);
};

proto.swap64 = function swap64() {
  const len = getTypedArrayLength.call(this);
  if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
  if (len < 192) {
    for (let i = 0; i < len; i += 8) {
      swap(this, i, i + 7);
      swap(this, i + 1, i + 6);
      swap(this, i + 2, i + 5);
      swap(this, i + 3, i + 4);
    }
    return this;
  }
  return bindingSwap64(this);
};

proto.toLocaleString = proto.toString;

// ---- module functions -----------------------------------------------------------------------

function checkDetached(input, name) {
  if (ArrayBuffer.isView(input)) return;  // a detached view is just empty
  if (isAnyArrayBuffer(input)) {
    if (typeof input.detached === 'boolean' && input.detached) {
      // Node's message here has no "Invalid state: " prefix.
      const err = new Error('Cannot validate on a detached buffer');
      err.code = 'ERR_INVALID_STATE';
      throw err;
    }
    return;
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isUtf8(input) {
  checkDetached(input, 'input');
  return bindingIsUtf8(input);
}

function isAscii(input) {
  checkDetached(input, 'input');
  return bindingIsAscii(input);
}

// transcode through a JS string: ICU's semantics for the four encodings Node supports here.
const kTranscodeEncodings = { __proto__: null, ascii: 'ascii', latin1: 'latin1', ucs2: 'ucs2', utf8: 'utf8' };

function transcodeError(name, errno) {
  const err = new Error(`Unable to transcode Buffer [${name}]`);
  err.code = name;
  err.errno = errno;
  return err;
}

function transcodeEncoding(enc) {
  const n = normalizeEncoding(enc) || `${enc}`.toLowerCase();
  return kTranscodeEncodings[n === 'utf16le' ? 'ucs2' : n];
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return Buffer.alloc(0);
  const from = transcodeEncoding(fromEncoding);
  const to = transcodeEncoding(toEncoding);
  if (from === undefined || to === undefined) throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  const src = new FastBuffer(source.buffer, source.byteOffset, source.byteLength);
  if (from === 'utf8' && to === 'ucs2') {
    if (!bindingIsUtf8(src)) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
    return Buffer.from(src.utf8Slice(0, src.length), 'ucs2');
  }
  if (from === 'ucs2' && to === 'utf8') {
    const s = src.ucs2Slice(0, src.length);
    if (!isWellFormed(s)) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
    return Buffer.from(s, 'utf8');
  }
  if ((from === 'latin1' || from === 'ascii') && to === 'ucs2') {
    return Buffer.from(src.latin1Slice(0, src.length), 'ucs2');
  }
  // Decode (invalid input becomes U+FFFD), then encode ('?' where the target lacks a character).
  let s;
  if (from === 'utf8') s = src.utf8Slice(0, src.length);
  else if (from === 'latin1') s = src.latin1Slice(0, src.length);
  else if (from === 'ucs2') s = toWellFormed(src.ucs2Slice(0, src.length));
  else s = src.latin1Slice(0, src.length).replace(/[\x80-\xff]/g, '\ufffd');
  if (to === 'utf8') return Buffer.from(s, 'utf8');
  if (to === 'ucs2') return Buffer.from(s, 'ucs2');
  const limit = to === 'latin1' ? 0xff : 0x7f;
  let out = '';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= limit) continue;
    out += s.slice(start, i) + '?';
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    start = i + 1;
  }
  out += s.slice(start);
  return Buffer.from(out, 'latin1');
}

function isWellFormed(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c >= 0xdc00) return false;
    const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
    if (d < 0xdc00 || d > 0xdfff) return false;
    i++;
  }
  return true;
}

function toWellFormed(s) {
  if (isWellFormed(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s[i] + s[i + 1];
        i++;
        continue;
      }
    }
    out += c >= 0xd800 && c <= 0xdfff ? '\ufffd' : s[i];
  }
  return out;
}

// The same functions as the globals.
const { atob, btoa } = require('internal/encoding_base64');
const { Blob, File, resolveObjectURL } = require('internal/blob');

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants: undefined,
  INSPECT_MAX_BYTES: undefined,
  Blob,
  resolveObjectURL,
  File,
};

Object.defineProperties(module.exports, {
  INSPECT_MAX_BYTES: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(val) {
      validateNumber(val, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = val;
    },
  },
  constants: {
    __proto__: null, value: constants, writable: false, enumerable: true, configurable: false,
  },
});

// Assigning Buffer.prototype left the prototype in dictionary mode; a few property loads through
// an instance turn it back into fast mode, so optimised code can inline the methods.
{
  const probe = new FastBuffer(1);
  for (let i = 0; i < 4; i++) probe.readUInt8(0);
}
