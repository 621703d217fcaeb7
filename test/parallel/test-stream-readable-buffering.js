'use strict';
// Readable buffering: highWaterMark in bytes and objects, push() return values, read(n) slicing
// across chunks, hwm growth for big reads, setEncoding of buffered data, unshift, readable state.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

{
  const r = new Readable({ highWaterMark: 5, read() {} });
  assert.strictEqual(r.push('abc'), true);
  assert.strictEqual(r.push('de'), false);
  assert.strictEqual(r.readableLength, 5);
  assert.strictEqual(r._readableState.length, 5);
  assert.strictEqual(r._readableState.highWaterMark, 5);
  assert.strictEqual(r.read(4).toString(), 'abcd');
  assert.strictEqual(r.read(2), null);
  assert.strictEqual(r.read(1).toString(), 'e');
  r.push(null);
  assert.strictEqual(r.read(), null);
  r.on('end', common.mustCall());
}

{
  const r = new Readable({ objectMode: true, read() {} });
  assert.strictEqual(r.readableHighWaterMark, 16);
  assert.strictEqual(r.readableObjectMode, true);
  for (let i = 0; i < 15; i++) assert.strictEqual(r.push(i), true);
  assert.strictEqual(r.push(15), false);
  assert.strictEqual(r.read(), 0);
  assert.strictEqual(r.read(5), 1);
  assert.strictEqual(r.readableLength, 14);
}

{
  const r = new Readable({ highWaterMark: 2, read() {} });
  r.push(Buffer.alloc(10, 'x'));
  assert.strictEqual(r.read(7).length, 7);
  assert.strictEqual(r.readableHighWaterMark, 8);
  assert.throws(() => r.read(2 ** 31), { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
}

{
  const r = new Readable({ read() {} });
  const euro = Buffer.from('\u20ac');
  r.push(euro.subarray(0, 1));
  r.setEncoding('utf8');
  assert.strictEqual(r.readableEncoding, 'utf8');
  r.push(euro.subarray(1));
  r.push(null);
  r.on('data', common.mustCall((s) => assert.strictEqual(s, '\u20ac')));
}

{
  const r = new Readable({ encoding: 'hex', read() {} });
  r.push(Buffer.from([1, 2]));
  assert.strictEqual(r.read(), '0102');
}

{
  const r = new Readable({ read() {} });
  r.push('world');
  r.unshift('hello ');
  assert.strictEqual(r.read().toString(), 'hello world');
  r.push(null);
  r.resume();
  r.on('end', common.mustCall(() => {
    r.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT')));
    r.unshift('late');
  }));
}

{
  for (const bad of [-1, 1.5, NaN, '16']) {
    assert.throws(() => new Readable({ highWaterMark: bad }),
                  { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
  }
  assert.strictEqual(new Readable({ highWaterMark: 0 }).readableHighWaterMark, 0);
  assert.strictEqual(new Readable().readableHighWaterMark, 65536);
}

{
  const r = new Readable({ read() {} });
  r.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
  }));
  r.on('close', common.mustCall(() => assert.strictEqual(r.destroyed, true)));
  r.push({});
}

{
  const r = new Readable({ read() {} });
  r.push(new Uint16Array([0x201, 0x403]));
  assert.deepStrictEqual([...r.read()], [1, 2, 3, 4]);
}
