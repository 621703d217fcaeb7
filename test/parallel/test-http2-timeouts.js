'use strict';
// Timeouts: stream.setTimeout emits 'timeout' on an idle stream (the compat response's
// setTimeout too), and an idle session of a server with setTimeout is destroyed when the server
// has no 'timeout' listener.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');

const server = http2.createServer();
server.on('stream', common.mustCall((stream) => {
  stream.setTimeout(20, common.mustCall(() => {
    stream.respond({ ':status': 408 });
    stream.end();
  }));
}));

server.listen(0, common.mustCall(() => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  const req = client.request({ ':path': '/', ':method': 'POST' });
  req.on('response', common.mustCall((headers) => {
    assert.strictEqual(headers[':status'], 408);
  }));
  req.resume();
  req.on('end', common.mustCall(() => {
    req.end();
    // Now the idle-session timeout: no 'timeout' listener on the server destroys the session.
    server.setTimeout(30);
    const client2 = http2.connect(`http://localhost:${server.address().port}`);
    client2.on('close', common.mustCall(() => {
      client.close();
      server.close();
    }));
  }));
}));
