'use strict';
// Without a 'clientError' listener a malformed request gets Node's canned 400 (431 when the
// headers are too large) and the connection closes.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustNotCall());
const cases = [
  ['POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
   'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n'],
  [`GET / HTTP/1.1\r\nX: ${'x'.repeat(20000)}\r\n\r\n`,
   'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n'],
];
server.listen(0, common.mustCall(() => {
  let left = cases.length;
  for (const [request, expected] of cases) {
    const c = net.connect(server.address().port, () => c.write(request));
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { out += d; });
    c.on('error', () => {});
    c.on('close', common.mustCall(() => {
      assert.strictEqual(out, expected);
      if (--left === 0) server.close();
    }));
  }
}));
