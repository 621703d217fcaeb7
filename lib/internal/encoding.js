'use strict';
// TextEncoder and TextDecoder (utf-8 natively; utf-16le/be and latin1/windows-1252 in JS).

const { encodeUtf8String, encodeInto, decodeUTF8 } = internalBinding('encoding_binding');

function lazyErrors() {
  return require('internal/errors').codes;
}

const kEncoding = Symbol('encoding');

class TextEncoder {
  get encoding() { return 'utf-8'; }
  encode(input = '') {
    return encodeUtf8String(`${input}`);
  }
  encodeInto(src, dest) {
    if (!(dest instanceof Uint8Array)) {
      throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('dest', 'Uint8Array', dest);
    }
    const [read, written] = encodeInto(`${src}`, dest);
    return { read, written };
  }
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, {
  value: 'TextEncoder', configurable: true,
});

const kLabels = new Map();
for (const [name, labels] of [
  ['utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
    'x-unicode20utf8']],
  ['utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16',
    'utf-16le']],
  ['utf-16be', ['unicodefffe', 'utf-16be']],
  ['windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
    'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1',
    'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']],
]) {
  for (const l of labels) kLabels.set(l, name);
}

// windows-1252 bytes 0x80-0x9F map to these code points.
const k1252 = [0x20AC, 0x81, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021, 0x2C6, 0x2030,
  0x160, 0x2039, 0x152, 0x8D, 0x17D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
  0x2014, 0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0x9D, 0x17E, 0x178];

function toBytes(input) {
  if (input === undefined) return new Uint8Array(0);
  if (ArrayBuffer.isView(input)) {
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  if (input instanceof ArrayBuffer ||
      (typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer)) {
    return new Uint8Array(input);
  }
  throw new (lazyErrors().ERR_INVALID_ARG_TYPE)(
    'input', ['ArrayBuffer', 'ArrayBufferView'], input);
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    const label = `${encoding}`.trim().toLowerCase();
    const name = kLabels.get(label);
    if (name === undefined) {
      throw new (lazyErrors().ERR_ENCODING_NOT_SUPPORTED)(encoding);
    }
    if (options !== null && options !== undefined && typeof options !== 'object') {
      throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('options', 'object', options);
    }
    this[kEncoding] = name;
    this.fatal = Boolean(options && options.fatal);
    this.ignoreBOM = Boolean(options && options.ignoreBOM);
    this._pending = null;
    this._bomSeen = false;
    Object.defineProperty(this, 'fatal', { enumerable: false });
    Object.defineProperty(this, 'ignoreBOM', { enumerable: false });
    Object.defineProperty(this, '_pending', { enumerable: false, writable: true });
    Object.defineProperty(this, '_bomSeen', { enumerable: false, writable: true });
  }

  get encoding() { return this[kEncoding]; }

  decode(input = undefined, options = {}) {
    let bytes = toBytes(input);
    const stream = Boolean(options && options.stream);
    if (this._pending !== null) {
      const merged = new Uint8Array(this._pending.length + bytes.length);
      merged.set(this._pending, 0);
      merged.set(bytes, this._pending.length);
      bytes = merged;
      this._pending = null;
    }
    const enc = this[kEncoding];
    if (stream) {
      const keep = incompleteTail(bytes, enc);
      if (keep > 0) {
        this._pending = bytes.slice(bytes.length - keep);
        bytes = bytes.subarray(0, bytes.length - keep);
      }
    }
    let out;
    const skipBOM = this.ignoreBOM || this._bomSeen;
    if (enc === 'utf-8') {
      out = decodeUTF8(bytes, skipBOM, this.fatal);
      if (out === undefined) {
        throw new (lazyErrors().ERR_ENCODING_INVALID_ENCODED_DATA)(enc, undefined);
      }
    } else if (enc === 'utf-16le' || enc === 'utf-16be') {
      out = decodeUtf16(bytes, this.fatal, enc);
      if (!skipBOM && out.charCodeAt(0) === 0xFEFF) out = out.slice(1);
    } else {
      out = '';
      for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i];
        out += String.fromCharCode(b >= 0x80 && b <= 0x9f ? k1252[b - 0x80] : b);
      }
    }
    if (bytes.length > 0) this._bomSeen = stream;
    if (!stream) this._bomSeen = false;
    return out;
  }
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, {
  value: 'TextDecoder', configurable: true,
});

// Bytes at the end that may start a sequence completed by the next chunk.
function incompleteTail(bytes, enc) {
  const n = bytes.length;
  if (enc === 'utf-16le' || enc === 'utf-16be') {
    let keep = n % 2;
    if (n - keep >= 2) {
      const hi = bytes[enc === 'utf-16le' ? n - keep - 1 : n - keep - 2];
      if (hi >= 0xd8 && hi <= 0xdb) keep += 2;
    }
    return keep;
  }
  if (enc !== 'utf-8') return 0;
  for (let i = 1; i <= 3 && i <= n; i++) {
    const b = bytes[n - i];
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf5 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 ? 2 : 1;
    return need > i ? i : 0;
  }
  return 0;
}

function decodeUtf16(bytes, fatal, enc) {
  let out = '';
  const n = bytes.length - (bytes.length % 2);
  const lo = enc === 'utf-16le' ? 0 : 1;
  for (let i = 0; i < n; i += 2) out += String.fromCharCode(bytes[i + lo] | (bytes[i + 1 - lo] << 8));
  if (bytes.length % 2) {
    if (fatal) throw new (lazyErrors().ERR_ENCODING_INVALID_ENCODED_DATA)(enc, undefined);
    // A lead surrogate waiting for its pair and the odd byte end the stream as one error.
    const last = out.charCodeAt(out.length - 1);
    if (last >= 0xD800 && last <= 0xDBFF) out = out.slice(0, -1);
    out += '\ufffd';
  }
  if (fatal && !out.isWellFormed()) {
    throw new (lazyErrors().ERR_ENCODING_INVALID_ENCODED_DATA)(enc, undefined);
  }
  return fatal ? out : out.toWellFormed();
}

module.exports = { TextEncoder, TextDecoder };
