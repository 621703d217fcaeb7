'use strict';
// server.close() stops accepting at once but 'close' (and its callback) waits for the open
// connections to end (it comes before the last socket's own 'close').
const common = require('../common');
const assert = require('assert');
const net = require('net');

const events = [];
const server = net.createServer(common.mustCall((socket) => {
  server.close(common.mustCall((err) => {
    assert.strictEqual(err, undefined);
    events.push('server close');
    assert.deepStrictEqual(events, ['closed listening', 'socket end', 'server close']);
  }));
  assert.strictEqual(server.listening, false);
  events.push('closed listening');
  server.getConnections(common.mustSucceed((n) => assert.strictEqual(n, 1)));
  socket.on('end', () => {
    events.push('socket end');
    socket.end();
  });
  socket.on('close', () => events.push('socket close'));
  socket.resume();
  setImmediate(() => client.end());
}));

let client;
server.listen(0, common.mustCall(() => {
  assert.strictEqual(server.listening, true);
  client = net.connect(server.address().port);
  client.resume();
  client.on('close', common.mustCall(() => {
    // A second close() on a server that is not running reports ERR_SERVER_NOT_RUNNING.
    setImmediate(() => server.close(common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_SERVER_NOT_RUNNING');
    })));
  }));
}));
