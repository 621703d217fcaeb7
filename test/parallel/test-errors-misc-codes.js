'use strict';
// Messages of assorted error codes, through public APIs.
const common = require('../common');
const assert = require('assert');

assert.throws(() => new URL('foo'), (err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_URL');
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.message, 'Invalid URL');
  assert.strictEqual(err.input, 'foo');
  assert.ok(!('base' in err));
  assert.deepStrictEqual(Object.keys(err), ['code', 'input']);
  return true;
});
assert.throws(() => new URL('foo', 'bad base'), (err) => {
  assert.strictEqual(err.input, 'foo');
  assert.strictEqual(err.base, 'bad base');
  assert.deepStrictEqual(Object.keys(err), ['code', 'input', 'base']);
  return true;
});

assert.throws(() => new URL(), {
  code: 'ERR_MISSING_ARGS',
  name: 'TypeError',
  message: 'The "url" argument must be specified',
});
assert.throws(() => new URLSearchParams().append(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "name" and "value" arguments must be specified',
});

assert.throws(() => Buffer.from('x', 'bogus'), {
  code: 'ERR_UNKNOWN_ENCODING',
  name: 'TypeError',
  message: 'Unknown encoding: bogus',
});
assert.throws(() => Buffer.alloc(1).toString('bogus'), {
  code: 'ERR_UNKNOWN_ENCODING',
  message: 'Unknown encoding: bogus',
});
assert.throws(() => Buffer.alloc(2).readUInt32LE(0), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  name: 'RangeError',
  message: 'Attempt to access memory outside buffer bounds',
});

assert.throws(() => process.kill(process.pid, 'SIGFOO'), {
  code: 'ERR_UNKNOWN_SIGNAL',
  name: 'TypeError',
  message: 'Unknown signal: SIGFOO',
});

assert.throws(() => new TextDecoder('bogus'), {
  code: 'ERR_ENCODING_NOT_SUPPORTED',
  name: 'RangeError',
  message: 'The "bogus" encoding is not supported',
});

assert.throws(() => structuredClone(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "The value argument must be specified" argument must be specified',
});

{
  const { Writable } = require('stream');
  const w = new Writable({ write(chunk, enc, cb) { cb(); } });
  w.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    assert.strictEqual(err.message, 'write after end');
    assert.strictEqual(err.name, 'Error');
  }));
  w.end();
  w.write('x');
}

{
  const { Readable } = require('stream');
  const r = new Readable();
  r.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_METHOD_NOT_IMPLEMENTED');
    assert.strictEqual(err.message, 'The _read() method is not implemented');
  }));
  r.read();
}
