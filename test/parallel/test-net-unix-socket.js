'use strict';
// A server on a Unix domain socket path: address() is the path, clients connect by path, the
// socket file goes away on close.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const sockPath = path.join(tmpdir.path, 'test.sock');

const server = net.createServer(common.mustCall((socket) => {
  assert.strictEqual(socket.remoteAddress, undefined);
  socket.end('over unix');
}));

server.listen(sockPath, common.mustCall(() => {
  assert.strictEqual(server.address(), sockPath);
  assert.ok(fs.existsSync(sockPath));
  const client = net.createConnection({ path: sockPath });
  let data = '';
  client.setEncoding('utf8');
  client.on('connect', common.mustCall());
  client.on('data', (d) => data += d);
  client.on('end', common.mustCall(() => assert.strictEqual(data, 'over unix')));
  client.on('close', common.mustCall(() => {
    server.close(common.mustCall(() => {
      assert.strictEqual(fs.existsSync(sockPath), false);
      // Connecting to a missing path fails with ENOENT.
      net.connect(sockPath).on('error', common.mustCall((err) => {
        assert.strictEqual(err.code, 'ENOENT');
        assert.strictEqual(err.syscall, 'connect');
        assert.strictEqual(err.address, sockPath);
      }));
    }));
  }));
}));
