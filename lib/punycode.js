'use strict';
// node:punycode (deprecated, DEP0040): RFC 3492 Punycode and IDNA label helpers.

const kBase = 36;
const kTMin = 1;
const kTMax = 26;
const kSkew = 38;
const kDamp = 700;
const kInitialBias = 72;
const kInitialN = 128;
const kDelimiter = '-';
const kMaxInt = 2147483647;

function error(type) {
  const messages = {
    'overflow': 'Overflow: input needs wider integers to process',
    'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
    'invalid-input': 'Invalid input',
  };
  throw new RangeError(messages[type]);
}

// UTF-16 string <-> array of code points (lone surrogates kept as they are).
function ucs2decode(string) {
  const output = [];
  for (let i = 0; i < string.length; i++) {
    const c = string.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < string.length) {
      const d = string.charCodeAt(i + 1);
      if ((d & 0xfc00) === 0xdc00) {
        output.push(((c & 0x3ff) << 10) + (d & 0x3ff) + 0x10000);
        i++;
        continue;
      }
    }
    output.push(c);
  }
  return output;
}

function ucs2encode(codePoints) {
  return String.fromCodePoint(...codePoints);
}

function digitToBasic(d) {
  // 0..25 -> 'a'..'z', 26..35 -> '0'..'9'
  return d < 26 ? 97 + d : 22 + d;
}

function basicToDigit(c) {
  if (c >= 0x30 && c < 0x3a) return 26 + (c - 0x30);
  if (c >= 0x41 && c < 0x5b) return c - 0x41;
  if (c >= 0x61 && c < 0x7b) return c - 0x61;
  return kBase;
}

function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / kDamp) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((kBase - kTMin) * kTMax) >> 1) {
    delta = Math.floor(delta / (kBase - kTMin));
    k += kBase;
  }
  return Math.floor(k + ((kBase - kTMin + 1) * delta) / (delta + kSkew));
}

function decode(input) {
  const output = [];
  let basic = input.lastIndexOf(kDelimiter);
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    if (input.charCodeAt(j) >= 0x80) error('not-basic');
    output.push(input.charCodeAt(j));
  }
  let n = kInitialN;
  let bias = kInitialBias;
  let i = 0;
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    const oldi = i;
    for (let w = 1, k = kBase; ; k += kBase) {
      if (index >= input.length) error('invalid-input');
      const digit = basicToDigit(input.charCodeAt(index++));
      if (digit >= kBase) error('invalid-input');
      if (digit > Math.floor((kMaxInt - i) / w)) error('overflow');
      i += digit * w;
      const t = k <= bias ? kTMin : (k >= bias + kTMax ? kTMax : k - bias);
      if (digit < t) break;
      if (w > Math.floor(kMaxInt / (kBase - t))) error('overflow');
      w *= kBase - t;
    }
    const out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    if (Math.floor(i / out) > kMaxInt - n) error('overflow');
    n += Math.floor(i / out);
    i %= out;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

function encode(input) {
  const codePoints = ucs2decode(input);
  const output = [];
  for (const c of codePoints) {
    if (c < 0x80) output.push(String.fromCharCode(c));
  }
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength) output.push(kDelimiter);
  let n = kInitialN;
  let delta = 0;
  let bias = kInitialBias;
  while (handled < codePoints.length) {
    let m = kMaxInt;
    for (const c of codePoints) {
      if (c >= n && c < m) m = c;
    }
    if (m - n > Math.floor((kMaxInt - delta) / (handled + 1))) error('overflow');
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of codePoints) {
      if (c < n && ++delta > kMaxInt) error('overflow');
      if (c === n) {
        let q = delta;
        for (let k = kBase; ; k += kBase) {
          const t = k <= bias ? kTMin : (k >= bias + kTMax ? kTMax : k - bias);
          if (q < t) break;
          const qMinusT = q - t;
          const baseMinusT = kBase - t;
          output.push(String.fromCharCode(digitToBasic(t + (qMinusT % baseMinusT))));
          q = Math.floor(qMinusT / baseMinusT);
        }
        output.push(String.fromCharCode(digitToBasic(q)));
        bias = adapt(delta, handled + 1, handled === basicLength);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return output.join('');
}

// Applies fn to each label of a domain (separators: . and the IDEOGRAPHIC/FULLWIDTH dots);
// an email's local part is kept.
function mapDomain(domain, fn) {
  const at = domain.split('@');
  let result = '';
  if (at.length > 1) {
    result = `${at[0]}@`;
    domain = at[1];
  }
  domain = domain.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '.');
  return result + domain.split('.').map(fn).join('.');
}

function toUnicode(input) {
  return mapDomain(input, (label) =>
    (/^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label));
}

function toASCII(input) {
  return mapDomain(input, (label) =>
    (/[^\0-\x7F]/.test(label) ? `xn--${encode(label)}` : label));
}

// Node warns when user code (not a dependency under node_modules) loads this module.
if (!/[\\/]node_modules[\\/]/.test(new Error().stack)) {
  process.emitWarning('The `punycode` module is deprecated. Please use a userland ' +
                      'alternative instead.', 'DeprecationWarning', 'DEP0040');
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode,
  encode,
  toASCII,
  toUnicode,
};
