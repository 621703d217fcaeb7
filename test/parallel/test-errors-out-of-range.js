'use strict';
// ERR_OUT_OF_RANGE: range text and the received value, with "_" separators
// for integers beyond 2 ** 32.
require('../common');
const assert = require('assert');
const { EventEmitter } = require('events');

function expectRange(fn, message) {
  assert.throws(fn, { code: 'ERR_OUT_OF_RANGE', name: 'RangeError', message });
}

expectRange(() => new EventEmitter().setMaxListeners(-1),
            'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1');
expectRange(() => new EventEmitter().setMaxListeners(-1.5),
            'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1.5');
expectRange(() => new EventEmitter().setMaxListeners(-(2 ** 32)),
            'The value of "setMaxListeners" is out of range. It must be >= 0. ' +
            'Received -4294967296');
expectRange(() => new EventEmitter().setMaxListeners(-(2 ** 32) - 1),
            'The value of "setMaxListeners" is out of range. It must be >= 0. ' +
            'Received -4_294_967_297');
expectRange(() => new EventEmitter().setMaxListeners(-1234567500000),
            'The value of "setMaxListeners" is out of range. It must be >= 0. ' +
            'Received -1_234_567_500_000');
expectRange(() => new EventEmitter().setMaxListeners(-1e21),
            'The value of "setMaxListeners" is out of range. It must be >= 0. ' +
            'Received -1e_+21');
expectRange(() => new EventEmitter().setMaxListeners(-Infinity),
            'The value of "setMaxListeners" is out of range. It must be >= 0. ' +
            'Received -Infinity');

expectRange(() => Buffer.alloc(-1),
            'The value of "size" is out of range. It must be >= 0 && <= 9007199254740991. ' +
            'Received -1');
expectRange(() => Buffer.alloc(2 ** 53),
            'The value of "size" is out of range. It must be >= 0 && <= 9007199254740991. ' +
            'Received 9_007_199_254_740_992');
expectRange(() => Buffer.alloc(4).writeUInt32LE(2 ** 32),
            'The value of "value" is out of range. It must be >= 0 and <= 4294967295. ' +
            'Received 4294967296');
expectRange(() => Buffer.alloc(4).writeUInt32LE(2 ** 32 + 1),
            'The value of "value" is out of range. It must be >= 0 and <= 4294967295. ' +
            'Received 4_294_967_297');
expectRange(() => Buffer.alloc(8).writeBigInt64LE(2n ** 63n),
            'The value of "value" is out of range. It must be >= -(2n ** 63n) and ' +
            '< 2n ** 63n. Received 9_223_372_036_854_775_808n');
expectRange(() => Buffer.alloc(8).writeBigInt64LE(2n ** 70n),
            'The value of "value" is out of range. It must be >= -(2n ** 63n) and ' +
            '< 2n ** 63n. Received 1_180_591_620_717_411_303_424n');
expectRange(() => Buffer.alloc(4).readUInt8(10),
            'The value of "offset" is out of range. It must be >= 0 and <= 3. Received 10');
expectRange(() => Buffer.alloc(4).readInt32LE(1.5),
            'The value of "offset" is out of range. It must be an integer. Received 1.5');
expectRange(() => AbortSignal.timeout(-1),
            'The value of "delay" is out of range. It must be >= 0 && <= 4294967295. ' +
            'Received -1');
expectRange(() => require('fs').readSync(-1, Buffer.alloc(1)),
            'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1');
expectRange(() => process.hrtime([1]),
            'The value of "time" is out of range. It must be 2. Received 1');
