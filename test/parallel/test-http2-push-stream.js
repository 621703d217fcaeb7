'use strict';
// Server push: pushStream() on a request stream, the client's 'stream' event for the promised
// stream with its request headers, its response and body; a pushed stream cannot push again.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');

const server = http2.createServer();
server.on('stream', common.mustCall((stream, headers) => {
  assert.strictEqual(stream.pushAllowed, true);
  stream.pushStream({ ':path': '/style.css' }, common.mustSucceed((push, pushHeaders) => {
    assert.strictEqual(pushHeaders[':path'], '/style.css');
    assert.throws(() => push.pushStream({}, () => {}), { code: 'ERR_HTTP2_NESTED_PUSH' });
    push.respond({ ':status': 200, 'content-type': 'text/css' });
    push.end('body{}');
    stream.respond({ ':status': 200 });
    stream.end('<html>');
  }));
}));

server.listen(0, common.mustCall(() => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  let done = 0;
  const finish = () => {
    if (++done === 2) {
      client.close();
      server.close();
    }
  };
  client.on('stream', common.mustCall((push, headers) => {
    assert.strictEqual(headers[':path'], '/style.css');
    assert.strictEqual(headers[':method'], 'GET');
    push.on('push', common.mustCall((resHeaders) => {
      assert.strictEqual(resHeaders[':status'], 200);
      assert.strictEqual(resHeaders['content-type'], 'text/css');
    }));
    let body = '';
    push.setEncoding('utf8');
    push.on('data', (d) => { body += d; });
    push.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'body{}');
      finish();
    }));
  }));
  const req = client.request({ ':path': '/' });
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', common.mustCall(() => {
    assert.strictEqual(body, '<html>');
    finish();
  }));
  req.end();
}));
