'use strict';
// StringDecoder: every encoding fed with byte sequences split at every point
// (and byte by byte), printing each write(), lastNeed/lastTotal/lastChar and
// end(); valid and invalid UTF-8, surrogates in UTF-16LE, base64 groups.
const { StringDecoder } = require('string_decoder');
const util = require('util');

const { print } = require('./_print');
function show(s) {
  return JSON.stringify(s);
}
function state(d) {
  return `${d.lastNeed}/${d.lastTotal}/${d.lastChar.toString('hex')}`;
}

const inputs = {
  utf8: [
    'e282ac', 'f09f9880', 'c2a2', '41e282ac42', 'e282', 'f09f98', 'ff', '80', 'c0af', 'eda080',
    'e2e282ac', 'f09f41', 'f0e282ac', '808080', 'c2c2a2', 'f4908080', 'e0', 'f8888080', '41f0',
  ],
  utf16le: ['4100', '3dd800de', '3dd8', '00de', '3dd84100', '41', '3dd800', 'ac2041'],
  base64: ['', '61', '6162', '616263', '61626364', '6162636465'],
  base64url: ['fbff', 'fbfffe', 'fbfffefd'],
  hex: ['00ff10', 'ab'],
  latin1: ['e9ff41', '80'],
  ascii: ['41e9ff', '7f80'],
};

for (const [encoding, list] of Object.entries(inputs)) {
  print(`# ${encoding}`);
  for (const hex of list) {
    const bytes = Buffer.from(hex, 'hex');
    for (let split = 0; split <= bytes.length; split++) {
      const d = new StringDecoder(encoding);
      const a = d.write(bytes.subarray(0, split));
      const sa = state(d);
      const b = d.write(bytes.subarray(split));
      const sb = state(d);
      const e = d.end();
      print(hex, split, show(a), sa, show(b), sb, show(e), state(d));
    }
    const d = new StringDecoder(encoding);
    const parts = [];
    for (const byte of bytes) parts.push(d.write(Buffer.from([byte])));
    parts.push(d.end());
    print(hex, 'bytewise', show(parts));
    const whole = new StringDecoder(encoding);
    print(hex, 'end(buf)', show(whole.end(bytes)), show(whole.end()));
  }
}

print('# encodings');
for (const e of [undefined, null, '', 'utf8', 'UTF-8', 'Utf8', 'ucs2', 'UCS-2', 'utf-16le', 'UTF16LE',
  'binary', 'latin1', 'LATIN1', 'base64', 'BASE64', 'base64url', 'hex', 'HEX', 'ascii', 'ASCII']) {
  print(show(e), new StringDecoder(e).encoding);
}
for (const e of ['foo', 5, 'utf-32', {}, 'buffer', 'utf16']) {
  try {
    print(show(e), new StringDecoder(e).encoding);
  } catch (err) {
    print(util.inspect(e), err.name, err.code, err.message);
  }
}

print('# api');
const d = new StringDecoder('utf8');
print(Object.getOwnPropertyNames(d).join(), Object.getOwnPropertySymbols(d).map(String).join());
print(Object.getOwnPropertyNames(StringDecoder.prototype).join(), Object.keys(StringDecoder.prototype).join());
print(util.inspect(d));
print(StringDecoder.length, StringDecoder.name, Object.keys(require('string_decoder')).join());
print(show(d.write('abc')), show(d.end('x')), show(d.end(Buffer.from('y'))));
print(show(d.write(new Uint8Array([0x61, 0x62]))), show(d.write(new DataView(new ArrayBuffer(1)))));
print(show(d.write(new Uint16Array([0x4241]))));
for (const bad of [5, null, {}, [1], undefined]) {
  try {
    d.write(bad);
  } catch (err) {
    print(err.name, err.code, err.message);
  }
}
print(show(d.write(Buffer.from([0xe2, 0x82]))), state(d), show(d.text(Buffer.from([0x41, 0xac, 0x42]), 1)), state(d));
const lc = new StringDecoder('utf8');
const before = lc.lastChar;
lc.write(Buffer.from([0xf0, 0x9f]));
print(before.toString('hex'), Buffer.isBuffer(before), before.length);
print(util.inspect(new StringDecoder('hex').lastChar), util.inspect(new StringDecoder('base64')));

print('# receivers');
for (const f of [
  () => StringDecoder.prototype.write.call({}, Buffer.from('a')),
  () => new StringDecoder('utf8').text('abc', 1),
  () => new StringDecoder('utf8').end(5),
  () => new StringDecoder('hex').write(Buffer.from([1, 2])),
]) {
  try {
    print('ok', show(f()));
  } catch (err) {
    print(err.name, err.code, err.message);
  }
}
