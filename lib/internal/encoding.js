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
const kNative = new Set(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']);
const kConverter = Symbol('kConverter');
for (const [name, labels] of [
  ['utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
    'x-unicode20utf8']],
  ['utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16',
    'utf-16le']],
  ['utf-16be', ['unicodefffe', 'utf-16be']],
  // The WHATWG Encoding standard's legacy encodings, decoded by ICU (internalBinding('icu')).
  ['ibm866', ['866', 'cp866', 'csibm866', 'ibm866']],
  ['iso-8859-2', ['csisolatin2', 'iso-8859-2', 'iso-ir-101', 'iso8859-2', 'iso88592', 'iso_8859-2',
    'iso_8859-2:1987', 'l2', 'latin2']],
  ['iso-8859-3', ['csisolatin3', 'iso-8859-3', 'iso-ir-109', 'iso8859-3', 'iso88593', 'iso_8859-3',
    'iso_8859-3:1988', 'l3', 'latin3']],
  ['iso-8859-4', ['csisolatin4', 'iso-8859-4', 'iso-ir-110', 'iso8859-4', 'iso88594', 'iso_8859-4',
    'iso_8859-4:1988', 'l4', 'latin4']],
  ['iso-8859-5', ['csisolatincyrillic', 'cyrillic', 'iso-8859-5', 'iso-ir-144', 'iso8859-5',
    'iso88595', 'iso_8859-5', 'iso_8859-5:1988']],
  ['iso-8859-6', ['arabic', 'asmo-708', 'csiso88596e', 'csiso88596i', 'csisolatinarabic', 'ecma-114',
    'iso-8859-6', 'iso-8859-6-e', 'iso-8859-6-i', 'iso-ir-127', 'iso8859-6', 'iso88596', 'iso_8859-6',
    'iso_8859-6:1987']],
  ['iso-8859-7', ['csisolatingreek', 'ecma-118', 'elot_928', 'greek', 'greek8', 'iso-8859-7',
    'iso-ir-126', 'iso8859-7', 'iso88597', 'iso_8859-7', 'iso_8859-7:1987', 'sun_eu_greek']],
  ['iso-8859-8', ['csiso88598e', 'csisolatinhebrew', 'hebrew', 'iso-8859-8', 'iso-8859-8-e',
    'iso-ir-138', 'iso8859-8', 'iso88598', 'iso_8859-8', 'iso_8859-8:1988', 'visual']],
  ['iso-8859-8-i', ['csiso88598i', 'iso-8859-8-i', 'logical']],
  ['iso-8859-10', ['csisolatin6', 'iso-8859-10', 'iso-ir-157', 'iso8859-10', 'iso885910', 'l6',
    'latin6']],
  ['iso-8859-13', ['iso-8859-13', 'iso8859-13', 'iso885913']],
  ['iso-8859-14', ['iso-8859-14', 'iso8859-14', 'iso885914']],
  ['iso-8859-15', ['csisolatin9', 'iso-8859-15', 'iso8859-15', 'iso885915', 'iso_8859-15', 'l9']],
  ['iso-8859-16', ['iso-8859-16']],
  ['koi8-r', ['cskoi8r', 'koi', 'koi8', 'koi8-r', 'koi8_r']],
  ['koi8-u', ['koi8-ru', 'koi8-u']],
  ['macintosh', ['csmacintosh', 'mac', 'macintosh', 'x-mac-roman']],
  ['windows-874', ['dos-874', 'iso-8859-11', 'iso8859-11', 'iso885911', 'tis-620', 'windows-874']],
  ['windows-1250', ['cp1250', 'windows-1250', 'x-cp1250']],
  ['windows-1251', ['cp1251', 'windows-1251', 'x-cp1251']],
  ['windows-1253', ['cp1253', 'windows-1253', 'x-cp1253']],
  ['windows-1254', ['cp1254', 'csisolatin5', 'iso-8859-9', 'iso-ir-148', 'iso8859-9', 'iso88599',
    'iso_8859-9', 'iso_8859-9:1989', 'l5', 'latin5', 'windows-1254', 'x-cp1254']],
  ['windows-1255', ['cp1255', 'windows-1255', 'x-cp1255']],
  ['windows-1256', ['cp1256', 'windows-1256', 'x-cp1256']],
  ['windows-1257', ['cp1257', 'windows-1257', 'x-cp1257']],
  ['windows-1258', ['cp1258', 'windows-1258', 'x-cp1258']],
  ['x-mac-cyrillic', ['x-mac-cyrillic', 'x-mac-ukrainian']],
  ['gbk', ['chinese', 'csgb2312', 'csiso58gb231280', 'gb2312', 'gb_2312', 'gb_2312-80', 'gbk',
    'iso-ir-58', 'x-gbk']],
  ['gb18030', ['gb18030']],
  ['big5', ['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5']],
  ['euc-jp', ['cseucpkdfmtjapanese', 'euc-jp', 'x-euc-jp']],
  ['iso-2022-jp', ['csiso2022jp', 'iso-2022-jp']],
  ['shift_jis', ['csshiftjis', 'ms932', 'ms_kanji', 'shift-jis', 'shift_jis', 'sjis', 'windows-31j',
    'x-sjis']],
  ['euc-kr', ['cseuckr', 'csksc56011987', 'euc-kr', 'iso-ir-149', 'korean', 'ks_c_5601-1987',
    'ks_c_5601-1989', 'ksc5601', 'ksc_5601', 'windows-949']],
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
    let converter = null;
    if (!kNative.has(name)) {
      const { Converter } = internalBinding('icu');
      // The Encoding standard decodes gbk with gb18030's decoder, as node does.
      converter = new Converter(name === 'gbk' ? 'gb18030' : name, Boolean(options && options.fatal));
      if (!converter.ok) throw new (lazyErrors().ERR_ENCODING_NOT_SUPPORTED)(encoding);
    }
    this[kEncoding] = name;
    this[kConverter] = converter;
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
    if (this[kConverter] !== null) {  // ICU keeps what a chunk leaves unfinished
      const out = this[kConverter].decode(bytes, !stream);
      if (out === undefined) {
        throw new (lazyErrors().ERR_ENCODING_INVALID_ENCODED_DATA)(this[kEncoding], undefined);
      }
      return out;
    }
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
