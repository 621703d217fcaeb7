'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy.
require('../common');
const assert = require('assert');

const b = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
assert.strictEqual(b.highWaterMark, 16);
assert.strictEqual(b.size(new Uint8Array(10)), 10);
assert.strictEqual(b.size, new ByteLengthQueuingStrategy({ highWaterMark: 1 }).size);
assert.strictEqual(b.size.name, 'size');
const c = new CountQueuingStrategy({ highWaterMark: 2 });
assert.strictEqual(c.highWaterMark, 2);
assert.strictEqual(c.size(), 1);
assert.throws(() => new CountQueuingStrategy(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new CountQueuingStrategy({}), { code: 'ERR_MISSING_OPTION' });
const rs = new ReadableStream({ start(ctl) { ctl.enqueue(new Uint8Array(4)); assert.strictEqual(ctl.desiredSize, 12); } }, b);
assert.strictEqual(rs.locked, false);
assert.strictEqual(require('stream/web').CountQueuingStrategy, CountQueuingStrategy);
