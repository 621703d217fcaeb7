'use strict';
// reusePort: several sockets bind one port when each asks for it; a socket that does not gets
// EADDRINUSE, as in node.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const a = dgram.createSocket({ type: 'udp4', reusePort: true });
a.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port } = a.address();
  const b = dgram.createSocket({ type: 'udp4', reusePort: true });
  b.bind(port, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(b.address().port, port);
    const c = dgram.createSocket({ type: 'udp4', reuseAddr: true });
    c.on('listening', common.mustNotCall());
    c.bind(port, '127.0.0.1');
    c.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'EADDRINUSE');
      assert.strictEqual(err.syscall, 'bind');
      assert.strictEqual(err.address, '127.0.0.1');
      assert.strictEqual(err.port, port);
      assert.strictEqual(err.message, `bind EADDRINUSE 127.0.0.1:${port}`);
      c.close();
      // A datagram to the port reaches one of the two.
      const got = common.mustCall((msg) => {
        assert.strictEqual(String(msg), 'hello');
        a.close();
        b.close();
      });
      a.on('message', got);
      b.on('message', got);
      const sender = dgram.createSocket('udp4');
      sender.send('hello', port, '127.0.0.1', common.mustSucceed(() => sender.close()));
    }));
  }));
}));
