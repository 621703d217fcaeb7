'use strict';
// TextEncoderStream and TextDecoderStream (WHATWG Encoding, section 10).

const { codes: { ERR_INVALID_THIS, ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { customInspect, customInspectFor } = require('internal/webstreams/util');
const { TransformStream } = require('internal/webstreams/transformstream');
const { TextEncoder, TextDecoder } = require('internal/encoding');

const kHandle = Symbol('kHandle');
const kTransform = Symbol('kTransform');

function check(self, name) {
  if (self == null || self[kTransform] === undefined || self[kHandle] === undefined ||
      self[kHandle].name !== name) {
    throw new ERR_INVALID_THIS(name);
  }
}

class TextEncoderStream {
  constructor() {
    const encoder = new TextEncoder();
    let pendingHighSurrogate = null;
    this[kHandle] = { name: 'TextEncoderStream', encoder };
    this[kTransform] = new TransformStream({
      transform(chunk, controller) {
        let s = `${chunk}`;
        if (pendingHighSurrogate !== null) {
          s = pendingHighSurrogate + s;
          pendingHighSurrogate = null;
        }
        if (s.length > 0) {
          const last = s.charCodeAt(s.length - 1);
          if (last >= 0xD800 && last <= 0xDBFF) {
            pendingHighSurrogate = s[s.length - 1];
            s = s.slice(0, -1);
          }
        }
        if (s.length > 0) controller.enqueue(encoder.encode(s));
      },
      flush(controller) {
        if (pendingHighSurrogate !== null) controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
      },
    });
  }

  get encoding() {
    check(this, 'TextEncoderStream');
    return this[kHandle].encoder.encoding;
  }

  get readable() {
    check(this, 'TextEncoderStream');
    return this[kTransform].readable;
  }

  get writable() {
    check(this, 'TextEncoderStream');
    return this[kTransform].writable;
  }
}
TextEncoderStream.prototype[customInspect] = customInspectFor('TextEncoderStream', function() {
  return { encoding: this.encoding, readable: this.readable, writable: this.writable };
});

class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new TextDecoder(encoding, options);
    this[kHandle] = { name: 'TextDecoderStream', decoder };
    this[kTransform] = new TransformStream({
      transform(chunk, controller) {
        if (!ArrayBuffer.isView(chunk) && !(chunk instanceof ArrayBuffer) &&
            !(typeof SharedArrayBuffer === 'function' && chunk instanceof SharedArrayBuffer)) {
          throw new ERR_INVALID_ARG_TYPE('chunk', ['ArrayBuffer', 'ArrayBufferView'], chunk);
        }
        const value = decoder.decode(chunk, { stream: true });
        if (value) controller.enqueue(value);
      },
      flush(controller) {
        const value = decoder.decode();
        if (value) controller.enqueue(value);
        controller.terminate();
      },
    });
  }

  get encoding() {
    check(this, 'TextDecoderStream');
    return this[kHandle].decoder.encoding;
  }

  get fatal() {
    check(this, 'TextDecoderStream');
    return this[kHandle].decoder.fatal;
  }

  get ignoreBOM() {
    check(this, 'TextDecoderStream');
    return this[kHandle].decoder.ignoreBOM;
  }

  get readable() {
    check(this, 'TextDecoderStream');
    return this[kTransform].readable;
  }

  get writable() {
    check(this, 'TextDecoderStream');
    return this[kTransform].writable;
  }
}
TextDecoderStream.prototype[customInspect] = customInspectFor('TextDecoderStream', function() {
  return {
    encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM,
    readable: this.readable, writable: this.writable,
  };
});

for (const [C, keys] of [[TextEncoderStream, ['encoding', 'readable', 'writable']],
  [TextDecoderStream, ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable']]]) {
  for (const key of keys) Object.defineProperty(C.prototype, key, { enumerable: true });
  Object.defineProperty(C.prototype, customInspect, { enumerable: false });
}

module.exports = { TextEncoderStream, TextDecoderStream };
