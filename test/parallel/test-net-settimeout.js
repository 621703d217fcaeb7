'use strict';
// setTimeout: an idle socket emits 'timeout' (once per idle period, without closing it);
// setTimeout(0) turns it off; the callback form adds a 'timeout' listener.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((socket) => socket.resume());
server.listen(0, common.mustCall(() => {
  const client = net.connect(server.address().port, common.mustCall(() => {
    const ret = client.setTimeout(20, common.mustCall(() => {
      assert.strictEqual(client.destroyed, false);
      assert.strictEqual(client.timeout, 20);
      client.setTimeout(0);
      assert.strictEqual(client.timeout, 0);
      assert.strictEqual(client.listenerCount('timeout'), 0);
      setTimeout(common.mustCall(() => {
        client.destroy();
        server.close();
      }), 60);
    }));
    assert.strictEqual(ret, client);
  }));
  assert.throws(() => client.setTimeout(-1), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => client.setTimeout('1'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => client.setTimeout(1, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
}));
