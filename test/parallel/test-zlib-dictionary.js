'use strict';
// Preset dictionaries: deflate/inflate and raw, every dictionary source type, and the errors for a
// missing or wrong one.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const dict = Buffer.from('hello world dictionary words: function return const');
const text = 'function hello() { return "world"; } const words = dictionary;';

for (const [c, d] of [['deflateSync', 'inflateSync'], ['deflateRawSync', 'inflateRawSync']]) {
  const packed = zlib[c](text, { dictionary: dict });
  assert.ok(packed.length < zlib[c](text).length);
  for (const source of [dict, new Uint8Array(dict), dict.buffer.slice(dict.byteOffset, dict.byteOffset + dict.length), new DataView(new Uint8Array(dict).buffer)]) {
    assert.strictEqual(zlib[d](packed, { dictionary: source }).toString(), text);
  }
}

const packed = zlib.deflateSync(text, { dictionary: dict });
assert.throws(() => zlib.inflateSync(packed), { message: 'Missing dictionary', code: 'Z_NEED_DICT', errno: 2 });
assert.throws(() => zlib.inflateSync(packed, { dictionary: Buffer.from('other') }),
              { message: 'Bad dictionary', code: 'Z_NEED_DICT', errno: 2 });

// Streams, with a reset in between: the dictionary applies again.
const deflater = zlib.createDeflate({ dictionary: dict });
const inflater = zlib.createInflate({ dictionary: dict });
let out = '';
inflater.setEncoding('utf8');
inflater.on('data', (s) => { out += s; });
inflater.on('end', common.mustCall(() => assert.strictEqual(out, text)));
deflater.pipe(inflater);
deflater.end(text);

// gzip ignores a dictionary.
assert.strictEqual(zlib.gunzipSync(zlib.gzipSync('abc', { dictionary: dict })).toString(), 'abc');
