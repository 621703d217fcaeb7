'use strict';
// listen(handle): a server can listen on the handle of another one (here: taken over after
// the first stops using it), and listen() twice throws ERR_SERVER_ALREADY_LISTEN.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const first = net.createServer(common.mustNotCall());
first.listen(0, '127.0.0.1', common.mustCall(() => {
  assert.throws(() => first.listen(0), { code: 'ERR_SERVER_ALREADY_LISTEN' });
  const { port } = first.address();
  const second = net.createServer(common.mustCall((socket) => {
    socket.end('from second');
  }));
  second.listen({ handle: first._handle }, common.mustCall(() => {
    assert.strictEqual(second.address().port, port);
    const client = net.connect(port, '127.0.0.1');
    let data = '';
    client.setEncoding('utf8');
    client.on('data', (d) => data += d);
    client.on('end', common.mustCall(() => {
      assert.strictEqual(data, 'from second');
      second.close();
    }));
  }));
}));
