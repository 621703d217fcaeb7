'use strict';
// node:string_decoder: decodes a byte stream into strings without splitting
// multi-byte characters (utf8), UTF-16 code units and surrogate pairs
// (utf16le) or base64 groups across chunks.
//
// State lives, as in Node 22, in a 7-byte Buffer under kNativeDecoder:
// bytes 0-3 the incomplete character, 4 the bytes still missing, 5 the
// bytes buffered, 6 the encoding's number. lastChar/lastNeed/lastTotal read it.

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');

const kNativeDecoder = Symbol('kNativeDecoder');
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kSize = 7;

// Node's numbering of encodings.
const encodingNumbers = {
  __proto__: null,
  ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7,
};

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  switch (`${enc}`.toLowerCase()) {
    case 'utf8':
    case 'utf-8':
      return 'utf8';
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le';
    case 'latin1':
    case 'binary':
      return 'latin1';
    case 'base64':
      return 'base64';
    case 'base64url':
      return 'base64url';
    case 'hex':
      return 'hex';
    case 'ascii':
      return 'ascii';
    case '':
      return 'utf8';
    default:
      return undefined;
  }
}

function asBuffer(view) {
  if (view instanceof Buffer) return view;
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

// Appends the character bytes this chunk completes, then keeps back an
// incomplete tail; returns the decodable text.
function decode(state, encoding, data) {
  let start = 0;
  let end = data.length;
  let prepend = '';
  const multiByte = encoding === 'utf8' || encoding === 'utf16le' ||
    encoding === 'base64' || encoding === 'base64url';
  if (!multiByte) return data.toString(encoding, 0, end);

  if (state[kMissingBytes] > 0) {
    if (encoding === 'utf8') {
      // A byte that is not a continuation ends the incomplete character
      // early: it is decoded as is, and the byte starts the next one.
      const limit = Math.min(end, state[kMissingBytes]);
      for (let i = 0; i < limit; i++) {
        if ((data[i] & 0xC0) !== 0x80) {
          state[kMissingBytes] = 0;
          data.copy(state, state[kBufferedBytes], 0, i);
          state[kBufferedBytes] += i;
          start = i;
          break;
        }
      }
    }
    const found = Math.min(end - start, state[kMissingBytes]);
    data.copy(state, state[kBufferedBytes], start, start + found);
    start += found;
    state[kMissingBytes] -= found;
    state[kBufferedBytes] += found;
    if (state[kMissingBytes] === 0) {
      prepend = state.toString(encoding, 0, state[kBufferedBytes]);
      state[kBufferedBytes] = 0;
    }
  }

  if (start === end) return prepend;

  let buffered = 0;
  if (encoding === 'utf8') {
    if (data[end - 1] & 0x80) {
      for (let i = end - 1; ; i--) {
        buffered++;
        if ((data[i] & 0xC0) === 0x80) {
          if (buffered >= 4 || i === start) {
            buffered = 0;
            break;
          }
        } else {
          let need;
          if ((data[i] & 0xE0) === 0xC0) need = 2;
          else if ((data[i] & 0xF0) === 0xE0) need = 3;
          else if ((data[i] & 0xF8) === 0xF0) need = 4;
          else {
            buffered = 0;
            break;
          }
          if (buffered >= need) buffered = 0;
          else state[kMissingBytes] = need - buffered;
          break;
        }
      }
    }
  } else if (encoding === 'utf16le') {
    if ((end - start) % 2 === 1) {
      buffered = 1;
      state[kMissingBytes] = 1;
    } else if ((data[end - 1] & 0xFC) === 0xD8) {
      buffered = 2;
      state[kMissingBytes] = 2;
    }
  } else {
    buffered = (end - start) % 3;
    if (buffered > 0) state[kMissingBytes] = 3 - buffered;
  }
  if (buffered > 0) {
    end -= buffered;
    data.copy(state, 0, end, end + buffered);
    state[kBufferedBytes] = buffered;
  }
  const body = end > start ? data.toString(encoding, start, end) : '';
  return prepend === '' ? body : prepend + body;
}

function flush(state, encoding) {
  if (encoding === 'utf16le' && state[kBufferedBytes] % 2 === 1) {
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  const text = state.toString(encoding, 0, state[kBufferedBytes]);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return text;
}

function StringDecoder(encoding) {
  const normalized = normalizeEncoding(encoding);
  if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = normalized;
  this[kNativeDecoder] = Buffer.alloc(kSize);
  this[kNativeDecoder][kEncodingField] = encodingNumbers[normalized];
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  if (!this[kNativeDecoder]) throw new ERR_INVALID_THIS('StringDecoder');
  return decode(this[kNativeDecoder], this.encoding, asBuffer(buf));
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] > 0) ret += flush(this[kNativeDecoder], this.encoding);
  return ret;
};

// Decodes `buf` from `offset` with the incomplete-character state cleared.
StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissingBytes] = 0;
  this[kNativeDecoder][kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder].subarray(0, kMissingBytes);
    },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kMissingBytes];
    },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
    },
  },
});

module.exports = { StringDecoder };
