'use strict';
// params() changes level/strategy mid-stream; reset() starts a new stream; close() ends it and
// later writes fail with ERR_STREAM_DESTROYED; reset() after close is an internal assertion.
const common = require('../common');
const assert = require('assert');
const zlib = require('zlib');

const input = Buffer.from('abcdefghij'.repeat(5000));
const d = zlib.createDeflate({ level: 0 });
const chunks = [];
d.on('data', (c) => chunks.push(c));
d.write(input.subarray(0, 25000));
d.params(9, zlib.constants.Z_DEFAULT_STRATEGY, common.mustCall(() => {
  d.end(input.subarray(25000));
}));
d.on('end', common.mustCall(() => {
  const all = Buffer.concat(chunks);
  assert.deepStrictEqual(zlib.inflateSync(all), input);
  // The stored first half makes it larger than level 9 alone, but far smaller than the input.
  assert.ok(all.length > zlib.deflateSync(input, { level: 9 }).length);
  assert.ok(all.length < input.length);
}));
assert.throws(() => zlib.createDeflate().params(10, 0), { code: 'ERR_OUT_OF_RANGE' });
// Same settings: the callback runs on the next tick.
zlib.createDeflate({ level: 3, strategy: 1 }).params(3, 1, common.mustCall());

// reset(): an inflater decodes a second, independent stream.
const inf = zlib.createInflate();
const a = zlib.deflateSync('first');
const b = zlib.deflateSync('second');
inf.once('data', common.mustCall((chunk) => {
  assert.strictEqual(chunk.toString(), 'first');
  inf.reset();
  inf.once('data', common.mustCall((chunk2) => assert.strictEqual(chunk2.toString(), 'second')));
  inf.write(b);
}));
inf.write(a);

// close(cb), then write.
const g = zlib.createGunzip();
g.close(common.mustCall());
assert.strictEqual(g._closed, true);
g.write('asd', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
  assert.strictEqual(err.message, 'Cannot call write after a stream was destroyed');
}));
assert.throws(() => g.reset(), { code: 'ERR_INTERNAL_ASSERTION' });

// bytesWritten counts consumed input.
const z = zlib.createGzip();
z.resume();
z.on('finish', common.mustCall(() => assert.strictEqual(z.bytesWritten, 12)));
z.write('hello ');
z.end('world!');
