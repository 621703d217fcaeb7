'use strict';
// send(message, handle): a net.Server listened on by the parent serves connections in the
// child; a net.Socket accepted by the parent is answered by the child.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  let server;
  process.on('message', (msg, handle) => {
    if (msg.kind === 'server') {
      assert.ok(handle instanceof net.Server);
      server = handle;
      server.on('connection', (sock) => sock.end('served by child'));
      process.send('server ready');
    } else if (msg.kind === 'socket') {
      assert.ok(handle instanceof net.Socket);
      handle.end(`socket ${msg.n} answered by child`);
      server.close();
      process.disconnect();
    }
  });
  return;
}

function read(port, cb) {
  let data = '';
  net.connect(port, '127.0.0.1')
    .on('data', (d) => { data += d; })
    .on('end', common.mustCall(() => cb(data)));
}

const child = fork(__filename, ['child']);
const server = net.createServer();
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  child.send({ kind: 'server' }, server, common.mustSucceed());
  child.once('message', common.mustCall((msg) => {
    assert.strictEqual(msg, 'server ready');
    // The parent stops accepting: connections now reach the child.
    server.close();
    read(port, common.mustCall((data) => {
      assert.strictEqual(data, 'served by child');
      const relay = net.createServer(common.mustCall((sock) => {
        child.send({ kind: 'socket', n: 1 }, sock);
        relay.close();
      }));
      relay.listen(0, '127.0.0.1', common.mustCall(() => {
        read(relay.address().port, common.mustCall((answer) => {
          assert.strictEqual(answer, 'socket 1 answered by child');
        }));
      }));
    }));
  }));
}));
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
