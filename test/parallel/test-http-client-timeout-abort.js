'use strict';
// ClientRequest timeout option emits 'timeout'; destroy() then reports ECONNRESET; an aborted
// AbortSignal destroys the request with an AbortError.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(() => { /* never answers */ });
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const req = http.get({ port, host: '127.0.0.1', timeout: 50, agent: false });
  req.on('timeout', common.mustCall(() => req.destroy()));
  req.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    const ac = new AbortController();
    const req2 = http.get({ port, host: '127.0.0.1', signal: ac.signal, agent: false });
    req2.on('error', common.mustCall((err2) => {
      assert.strictEqual(err2.name, 'AbortError');
      assert.strictEqual(err2.code, 'ABORT_ERR');
      server.closeAllConnections();
      server.close();
    }));
    req2.on('socket', () => ac.abort());
  }));
}));
