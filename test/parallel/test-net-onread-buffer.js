'use strict';
// The onread option: bytes are copied into the given buffer (or one from the buffer function)
// and handed to the callback instead of 'data' events.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const message = Buffer.from('0123456789'.repeat(100));

const server = net.createServer((socket) => socket.end(message));
server.listen(0, common.mustCall(() => {
  let pending = 2;
  const done = () => { if (--pending === 0) server.close(); };
  {
    const buffer = Buffer.alloc(64);
    const received = [];
    const client = net.connect({
      port: server.address().port,
      onread: {
        buffer,
        callback: common.mustCallAtLeast((n, buf) => {
          assert.strictEqual(buf, buffer);
          assert.ok(n > 0 && n <= 64);
          received.push(Buffer.from(buf.subarray(0, n)));
        }),
      },
    });
    client.on('data', common.mustNotCall());
    client.on('end', common.mustCall(() => {
      assert.ok(Buffer.concat(received).equals(message));
      done();
    }));
  }
  {
    let total = 0;
    const client = net.connect({
      port: server.address().port,
      onread: {
        buffer: () => Buffer.alloc(128),
        callback: (n, buf) => {
          assert.strictEqual(buf.length, 128);
          total += n;
        },
      },
    });
    client.on('end', common.mustCall(() => {
      assert.strictEqual(total, message.length);
      done();
    }));
  }
}));
