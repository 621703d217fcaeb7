'use strict';
require('../common');
const assert = require('assert');

assert.strictEqual(btoa('hello'), 'aGVsbG8=');
assert.strictEqual(atob('aGVsbG8='), 'hello');
assert.strictEqual(atob(' aGVs bG8 '), 'hello');
assert.strictEqual(atob('aGVsbG8'), 'hello');
assert.throws(() => btoa('\u0100'), { name: 'InvalidCharacterError' });
assert.throws(() => atob('a'), { name: 'InvalidCharacterError' });
assert.throws(() => atob('*'), { name: 'InvalidCharacterError' });

const enc = new TextEncoder();
assert.strictEqual(enc.encoding, 'utf-8');
assert.deepStrictEqual(Array.from(enc.encode('\u00e9\ud83d\ude00')),
                       [0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80]);
assert.deepStrictEqual(Array.from(enc.encode('\ud800')), [0xef, 0xbf, 0xbd]);
const dest = new Uint8Array(3);
assert.deepStrictEqual(enc.encodeInto('\u00e9\u00e9', dest), { read: 1, written: 2 });

const dec = new TextDecoder();
assert.strictEqual(dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])), 'a');
assert.strictEqual(new TextDecoder('utf-8', { ignoreBOM: true })
  .decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])), '\ufeffa');
assert.strictEqual(dec.decode(new Uint8Array([0xff, 0x61])), '\ufffda');
assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])),
              { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
const streaming = new TextDecoder();
assert.strictEqual(streaming.decode(new Uint8Array([0xe2, 0x82]), { stream: true }), '');
assert.strictEqual(streaming.decode(new Uint8Array([0xac])), '\u20ac');
assert.strictEqual(new TextDecoder('latin1').encoding, 'windows-1252');
assert.strictEqual(new TextDecoder('latin1').decode(new Uint8Array([0x80, 0xe9])), '\u20ac\u00e9');
assert.strictEqual(new TextDecoder('utf-16le').decode(new Uint8Array([0x61, 0, 0x62, 0])), 'ab');
assert.throws(() => new TextDecoder('nope'), { code: 'ERR_ENCODING_NOT_SUPPORTED' });
