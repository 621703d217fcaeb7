'use strict';
// Invalid options throw Node's errors; NaN and undefined mean the default.
require('../common');
const assert = require('assert');
const zlib = require('zlib');

const range = (name, range, received) => ({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: `The value of "${name}" is out of range. It must be ${range}. Received ${received}`,
});

assert.throws(() => zlib.createDeflate({ chunkSize: 10 }), range('options.chunkSize', '>= 64', 10));
assert.throws(() => zlib.createDeflate({ chunkSize: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "options.chunkSize" property must be of type number. Received type string (\'x\')',
});
assert.throws(() => zlib.createDeflate({ chunkSize: Infinity }),
              range('options.chunkSize', 'a finite number', 'Infinity'));
assert.throws(() => zlib.createDeflate({ level: 10 }), range('options.level', '>= -1 and <= 9', 10));
assert.throws(() => zlib.createDeflate({ level: null }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => zlib.createDeflate({ windowBits: 7 }),
              range('options.windowBits', '>= 8 and <= 15', 7));
assert.throws(() => zlib.createGzip({ windowBits: 8 }),
              range('options.windowBits', '>= 9 and <= 15', 8));
assert.throws(() => zlib.createDeflate({ strategy: 5 }), range('options.strategy', '>= 0 and <= 4', 5));
assert.throws(() => zlib.createDeflate({ memLevel: 0 }), range('options.memLevel', '>= 1 and <= 9', 0));
assert.throws(() => zlib.createDeflate({ flush: 9 }), range('options.flush', '>= 0 and <= 5', 9));
assert.throws(() => zlib.createDeflate({ finishFlush: -1 }),
              range('options.finishFlush', '>= 0 and <= 5', -1));
assert.throws(() => zlib.createBrotliCompress({ flush: 4 }),
              range('options.flush', '>= 0 and <= 3', 4));
assert.throws(() => zlib.createZstdCompress({ flush: 3 }), range('options.flush', '>= 0 and <= 2', 3));
assert.throws(() => zlib.createDeflate({ maxOutputLength: 0 }),
              range('options.maxOutputLength', '>= 1 and <= 9007199254740991', 0));
assert.throws(() => zlib.createDeflate({ dictionary: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.dictionary" property must be an instance of Buffer, TypedArray, ' +
    'DataView, or ArrayBuffer. Received type string (\'x\')',
});

// Defaults for NaN / undefined; windowBits 0 lets an inflater read it from the header.
zlib.createDeflate({ chunkSize: NaN, level: NaN, windowBits: undefined });
assert.strictEqual(zlib.inflateSync(zlib.deflateSync('x'), { windowBits: 0 }).toString(), 'x');
assert.strictEqual(zlib.gunzipSync(zlib.gzipSync('x'), { windowBits: 0 }).toString(), 'x');
// Raw deflate takes windowBits 8 (used as 9).
const raw = zlib.deflateRawSync('hello hello hello', { windowBits: 8 });
assert.strictEqual(zlib.inflateRawSync(raw, { windowBits: 8 }).toString(), 'hello hello hello');

// The callback forms need a callback; the Sync forms a buffer source.
assert.throws(() => zlib.deflate('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => zlib.deflateSync(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, ' +
    'DataView, or ArrayBuffer. Received type number (5)',
});
