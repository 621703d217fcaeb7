'use strict';
// server.close() closes idle keep-alive connections; closeAllConnections() ends busy ones, whose
// client requests then fail with ECONNRESET "socket hang up".
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  if (req.url === '/hang') {
    server.closeAllConnections();
    return;
  }
  res.end('ok');
});
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const agent = new http.Agent({ keepAlive: true });
  http.get({ port, host: '127.0.0.1', agent }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => {
      setImmediate(() => {
        const req = http.get({ port, host: '127.0.0.1', path: '/hang', agent: false });
        req.on('response', common.mustNotCall());
        req.on('error', common.mustCall((err) => {
          assert.strictEqual(err.code, 'ECONNRESET');
          assert.strictEqual(err.message, 'socket hang up');
          server.close(common.mustCall());
          agent.destroy();
        }));
      });
    }));
  }));
}));
