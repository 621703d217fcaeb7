'use strict';
// dgram argument and state errors, as Node reports them.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

assert.throws(() => dgram.createSocket('udp5'), {
  code: 'ERR_SOCKET_BAD_TYPE',
  name: 'TypeError',
  message: 'Bad socket type specified. Valid types are: udp4, udp6',
});
assert.throws(() => dgram.createSocket({ type: 'x' }), { code: 'ERR_SOCKET_BAD_TYPE' });
assert.throws(() => dgram.createSocket({ type: 'udp4', lookup: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
});

const s = dgram.createSocket('udp4');
assert.throws(() => s.send('x', 0), {
  code: 'ERR_SOCKET_BAD_PORT',
  name: 'RangeError',
  message: 'Port should be > 0 and < 65536. Received type number (0).',
});
assert.throws(() => s.send('x', 70000, '127.0.0.1'), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => s.send(5, 80, '127.0.0.1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, ' +
           'TypedArray, or DataView. Received type number (5)',
});
assert.throws(() => s.send([5], 80, '127.0.0.1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer list arguments" argument must be of type string or an instance of ' +
           'Buffer, TypedArray, or DataView. Received an instance of Array',
});
assert.throws(() => s.send('abc', 4, 1, 80, '127.0.0.1'), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  message: '"offset" is outside of buffer bounds',
});
assert.throws(() => s.send('abc', 0, 4, 80, '127.0.0.1'), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  message: '"length" is outside of buffer bounds',
});
assert.throws(() => s.send('x', 80, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "address" argument must be of type string. Received type number (5)',
});
assert.throws(() => s.connect(0), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => s.connect(80, 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => s.address(), { code: 'EBADF', syscall: 'getsockname', errno: -9 });
assert.throws(() => s.setRecvBufferSize(-1), {
  code: 'ERR_SOCKET_BAD_BUFFER_SIZE',
  message: 'Buffer size must be a positive integer',
});
assert.throws(() => s.getRecvBufferSize(), {
  code: 'ERR_SOCKET_BUFFER_SIZE',
  name: 'SystemError',
  message: 'Could not get or set buffer size: uv_recv_buffer_size returned EBADF ' +
           '(bad file descriptor)',
});
assert.throws(() => s.setTTL('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => s.setTTL(5), { code: 'EBADF', syscall: 'setTTL', message: 'setTTL EBADF' });
assert.throws(() => s.addMembership(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "multicastAddress" argument must be specified',
});
assert.throws(() => s.setMulticastInterface(5), { code: 'ERR_INVALID_ARG_TYPE' });

s.bind(0, '127.0.0.1', common.mustCall(() => {
  assert.throws(() => s.bind(), {
    code: 'ERR_SOCKET_ALREADY_BOUND',
    message: 'Socket is already bound',
  });
  // A second socket on the same port without reuseAddr fails with an 'error' event.
  const port = s.address().port;
  const other = dgram.createSocket('udp4');
  other.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.syscall, 'bind');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(err.message, `bind EADDRINUSE 127.0.0.1:${port}`);
    other.close();
    s.close(common.mustCall(() => {
      for (const fn of [() => s.send('x', 80, '127.0.0.1'), () => s.address(),
                        () => s.close(), () => s.bind()]) {
        assert.throws(fn, {
          code: 'ERR_SOCKET_DGRAM_NOT_RUNNING',
          message: 'Not running',
        });
      }
      assert.strictEqual(s.ref(), s);
      assert.strictEqual(s.unref(), s);
    }));
  }));
  other.bind(port, '127.0.0.1');
}));
