'use strict';
// node:querystring: parse/stringify of query strings with Node's escaping table, maxKeys, custom
// separators and decoder, and Node's lenient handling of malformed percent-sequences.
// Written from Node's documentation and observed Node 22 behaviour.

const { encodeWithTable, hexValue } = require('internal/url');

// Characters escape() leaves alone: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
const kUnreserved = new Int8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!\'()*') {
  kUnreserved[c.charCodeAt(0)] = 1;
}
function encodeStr(str) {
  return encodeWithTable(str, kUnreserved, false);
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str);
}

// Bytes of `s` with valid %XX sequences decoded (and '+' as a space with decodeSpaces); any other
// character contributes its UTF-16 code unit truncated to one byte, as Node's unescapeBuffer.
function unescapeBytes(s, decodeSpaces) {
  const out = new Uint8Array(s.length);
  let o = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 43 && decodeSpaces) {
      out[o++] = 32;
      continue;
    }
    if (c === 37 && i + 2 < n) {
      const hi = hexValue(s.charCodeAt(i + 1));
      const lo = hi < 0 ? -1 : hexValue(s.charCodeAt(i + 2));
      if (lo >= 0) {
        out[o++] = hi * 16 + lo;
        i += 2;
        continue;
      }
    }
    out[o++] = c & 0xFF;
  }
  return out.subarray(0, o);
}

let BufferCtor;
function unescapeBuffer(s, decodeSpaces) {
  const bytes = unescapeBytes(`${s}`, decodeSpaces);
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

let decodeUtf8;
function bytesToString(bytes) {
  if (decodeUtf8 === undefined) {
    const { TextDecoder } = require('internal/encoding');
    const decoder = new TextDecoder();
    decodeUtf8 = (b) => decoder.decode(b);
  }
  return decodeUtf8(bytes);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return bytesToString(unescapeBytes(`${s}`, decodeSpaces));
  }
}

function hasEncodedByte(s) {
  for (let i = s.indexOf('%'); i !== -1 && i + 2 < s.length + 0; i = s.indexOf('%', i + 1)) {
    if (hexValue(s.charCodeAt(i + 1)) >= 0 && hexValue(s.charCodeAt(i + 2)) >= 0) return true;
  }
  return false;
}

// Whether s has a valid %XX escape that starts after a first one has ended.
function secondEscape(s) {
  const first = s.indexOf('%');
  if (first === -1) return false;
  let seen = false;
  for (let i = first; i + 2 < s.length + 0; i++) {
    if (s.charCodeAt(i) !== 37) continue;
    if (hexValue(s.charCodeAt(i + 1)) >= 0 && hexValue(s.charCodeAt(i + 2)) >= 0) {
      if (seen) return true;
      seen = true;
      i += 2;
    }
  }
  return false;
}

function decodeDefault(s) {
  if (s.includes('+')) s = s.replace(/\+/g, ' ');
  if (!hasEncodedByte(s)) return s;
  return decodeWith(s, qsUnescape);
}

function decodeWith(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return QueryString.unescape(s, true);
  }
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  // Parsing stops after exactly maxKeys segments (empty ones included); a value that counting
  // never reaches (0, negative, fractional, NaN) means no limit.
  let limit = 1000;
  if (options && typeof options.maxKeys === 'number') limit = options.maxKeys;
  let decoder = QueryString.unescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decoder = options.decodeURIComponent;
  }
  let decode = decodeDefault;
  if (decoder !== qsUnescape) {
    decode = (s) => (s.length === 0 ? s :
      decodeWith(s.includes('+') ? s.replace(/\+/g, '%20') : s, decoder));
  }
  const n = qs.length;
  let pos = 0;
  let count = 0;
  let nextEq = -2;
  while (pos <= n) {
    let end = qs.indexOf(sep, pos);
    if (end === -1) end = n;
    if (end > pos) {
      // The next eq is looked up again only once passed: linear in the input.
      if (nextEq !== -1 && nextEq < pos) nextEq = qs.indexOf(eq, pos);
      let key;
      let value;
      if (nextEq === -1 || nextEq >= end) {
        key = qs.slice(pos, end);
        value = '';
      } else {
        key = qs.slice(pos, nextEq);
        value = qs.slice(nextEq + eq.length, end);
      }
      // Node decodes the value also when the key holds a second %XX after its first one (its
      // scanner then tracks the key's bytes as the value's); that shows where the value has
      // non-ASCII characters and a stray '%'.
      if (decode === decodeDefault && value.length > 0 && secondEscape(key)) {
        value = decodeWith(value.includes('+') ? value.replace(/\+/g, ' ') : value, qsUnescape);
      } else {
        value = decode(value);
      }
      key = decode(key);
      const existing = obj[key];
      if (existing === undefined) {
        obj[key] = value;
      } else if (typeof existing === 'string') {
        obj[key] = [existing, value];
      } else {
        existing.push(value);
      }
    }
    if (end === n || ++count === limit) break;
    pos = end + sep.length;
    if (pos === n) break;
  }
  return obj;
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeDefault(v) {
  if (typeof v === 'string') return v.length ? encodeStr(v) : '';
  if (typeof v === 'number' && Number.isFinite(v)) {
    return Math.abs(v) < 1e21 ? `${v}` : encodeStr(`${v}`);
  }
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let convert = encodeDefault;
  if (options && typeof options.encodeURIComponent === 'function' &&
      options.encodeURIComponent !== qsEscape) {
    const custom = options.encodeURIComponent;
    convert = (v) => custom(stringifyPrimitive(v));
  } else if (QueryString.escape !== qsEscape) {
    const patched = QueryString.escape;
    convert = (v) => patched(stringifyPrimitive(v));
  }
  if (obj === null || typeof obj !== 'object') return '';
  const keys = Object.keys(obj);
  let out = '';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = obj[k];
    const ks = convert(k) + eq;
    if (Array.isArray(v)) {
      for (let j = 0; j < v.length; j++) {
        if (out.length) out += sep;
        out += ks + convert(v[j]);
      }
    } else {
      if (out.length) out += sep;
      out += ks + convert(v);
    }
  }
  return out;
}

const QueryString = module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
