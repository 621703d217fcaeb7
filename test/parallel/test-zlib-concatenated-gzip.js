'use strict';
// gunzip and unzip read every member of a multi-member gzip file; trailing zero bytes are padding,
// other trailing bytes are a data error.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const two = Buffer.concat([zlib.gzipSync('abc'), zlib.gzipSync('def')]);
assert.strictEqual(zlib.gunzipSync(two).toString(), 'abcdef');
assert.strictEqual(zlib.unzipSync(two).toString(), 'abcdef');
assert.strictEqual(zlib.gunzipSync(Buffer.concat([two, Buffer.alloc(10)])).toString(), 'abcdef');
assert.throws(() => zlib.gunzipSync(Buffer.concat([two, Buffer.from([1, 2, 3])])),
              { message: 'incorrect header check', code: 'Z_DATA_ERROR' });
assert.throws(() => zlib.gunzipSync(Buffer.concat([two, Buffer.from([0x1f, 0x8b, 1, 2])])),
              { message: 'unknown compression method', code: 'Z_DATA_ERROR' });
assert.throws(() => zlib.gunzipSync(Buffer.concat([two, Buffer.from([0x1f])])),
              { message: 'unexpected end of file', code: 'Z_BUF_ERROR' });
// Other formats stop at the end of their data.
assert.strictEqual(zlib.inflateSync(Buffer.concat([zlib.deflateSync('abc'), Buffer.from('xyz')])).toString(), 'abc');
assert.strictEqual(zlib.brotliDecompressSync(Buffer.concat([zlib.brotliCompressSync('abc'), Buffer.from('xyz')])).toString(), 'abc');

// Many members through a stream, fed one byte at a time.
const parts = [];
for (let i = 0; i < 20; i++) parts.push(zlib.gzipSync(`part${i};`));
const all = Buffer.concat(parts);
const gunzip = zlib.createGunzip();
let out = '';
gunzip.on('data', (d) => { out += d; });
gunzip.on('end', common.mustCall(() => {
  let expected = '';
  for (let i = 0; i < 20; i++) expected += `part${i};`;
  assert.strictEqual(out, expected);
}));
for (let i = 0; i < all.length; i++) gunzip.write(all.subarray(i, i + 1));
gunzip.end();
