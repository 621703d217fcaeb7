'use strict';
// atob / btoa (WHATWG forgiving-base64).

const kAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const kIndex = new Int16Array(128).fill(-1);
for (let i = 0; i < kAlphabet.length; i++) kIndex[kAlphabet.charCodeAt(i)] = i;

function domException(message, name) {
  if (typeof globalThis.DOMException === 'function') {
    return new globalThis.DOMException(message, name);
  }
  const err = new Error(message);
  err.name = name;
  return err;
}

function btoa(input) {
  if (arguments.length === 0) {
    throw new (require('internal/errors').codes.ERR_MISSING_ARGS)('input');
  }
  input = `${input}`;
  let out = '';
  for (let i = 0; i < input.length; i += 3) {
    const a = input.charCodeAt(i);
    const b = i + 1 < input.length ? input.charCodeAt(i + 1) : 0;
    const c = i + 2 < input.length ? input.charCodeAt(i + 2) : 0;
    if (a > 255 || b > 255 || c > 255) throw domException('Invalid character', 'InvalidCharacterError');
    const n = (a << 16) | (b << 8) | c;
    out += kAlphabet[(n >> 18) & 63] + kAlphabet[(n >> 12) & 63] +
      (i + 1 < input.length ? kAlphabet[(n >> 6) & 63] : '=') +
      (i + 2 < input.length ? kAlphabet[n & 63] : '=');
  }
  return out;
}

function atob(input) {
  if (arguments.length === 0) {
    throw new (require('internal/errors').codes.ERR_MISSING_ARGS)('input');
  }
  input = `${input}`;
  // Forgiving base64 with node's two messages: a length that leaves one spare character is
  // "not correctly encoded"; a byte outside the alphabet, or '=' anywhere but in one or two
  // final places of a whole number of quads, is an "Invalid character".
  let s = '';
  let equals = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20) continue;
    if (c === 0x3d) {
      if (++equals > 2) throw domException('Invalid character', 'InvalidCharacterError');
    } else if (equals > 0 || c >= 128 || kIndex[c] < 0) {
      throw domException('Invalid character', 'InvalidCharacterError');
    } else {
      s += input[i];
    }
  }
  if (s.length % 4 === 1) {
    throw domException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  if (equals > 0 && (s.length + equals) % 4 !== 0) {
    throw domException('Invalid character', 'InvalidCharacterError');
  }
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = kIndex[c];
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((buffer >> bits) & 0xff);
    }
  }
  return out;
}

module.exports = { atob, btoa };
