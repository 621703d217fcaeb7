'use strict';
// headersTimeout: a client that never finishes its headers gets node's 408 response and the
// connection closes ('clientError' default handling).
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer({ headersTimeout: 100, requestTimeout: 200,
                                   connectionsCheckingInterval: 20 }, common.mustNotCall());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('GET / HTTP/1.1\r\nHost: a\r\n'));
  let out = '';
  c.on('data', (d) => { out += d; });
  c.on('close', common.mustCall(() => {
    assert.strictEqual(out, 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
    server.close();
  }));
}));
