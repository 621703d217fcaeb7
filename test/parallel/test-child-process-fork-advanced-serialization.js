'use strict';
// serialization: 'advanced' carries what structured clone can: Buffers, typed arrays, Maps,
// Sets, Dates, BigInts, errors, cycles.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', (msg) => {
    process.send(msg);
    process.disconnect();
  });
  return;
}

const cyclic = { name: 'c' };
cyclic.self = cyclic;
const value = {
  buf: Buffer.from('bytes'),
  u16: new Uint16Array([1, 65535]),
  f64: new Float64Array([1.5]),
  map: new Map([[1, { x: 2 }]]),
  set: new Set(['a']),
  date: new Date(86400000),
  big: 2n ** 70n,
  re: /ab+c/gi,
  err: new RangeError('boom'),
  cyclic,
};
const child = fork(__filename, ['child'], { serialization: 'advanced' });
child.on('message', common.mustCall((msg) => {
  assert.ok(Buffer.isBuffer(msg.buf));
  assert.deepStrictEqual(msg.buf, value.buf);
  assert.ok(msg.u16 instanceof Uint16Array);
  assert.deepStrictEqual([...msg.u16], [1, 65535]);
  assert.deepStrictEqual([...msg.f64], [1.5]);
  assert.deepStrictEqual(msg.map, value.map);
  assert.deepStrictEqual(msg.set, value.set);
  assert.deepStrictEqual(msg.date, value.date);
  assert.strictEqual(msg.big, value.big);
  assert.strictEqual(String(msg.re), '/ab+c/gi');
  assert.ok(msg.err instanceof RangeError);
  assert.strictEqual(msg.err.message, 'boom');
  assert.strictEqual(msg.cyclic.self, msg.cyclic);
}));
child.send(value);
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
