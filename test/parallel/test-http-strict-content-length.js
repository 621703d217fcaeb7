'use strict';
// strictContentLength: writing more or less than Content-Length throws
// ERR_HTTP_CONTENT_LENGTH_MISMATCH; writes after end() fail with ERR_STREAM_WRITE_AFTER_END.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { duplexPair } = require('stream');

const server = http.createServer(common.mustCall((req, res) => {
  if (req.url === '/over') {
    res.strictContentLength = true;
    res.writeHead(200, { 'Content-Length': 2 });
    assert.throws(() => res.write('abc'), {
      code: 'ERR_HTTP_CONTENT_LENGTH_MISMATCH',
      message: 'Response body\'s content-length of 3 byte(s) does not match the content-length of 2 byte(s) set in header',
    });
    res.end('ab');
  } else if (req.url === '/under') {
    res.strictContentLength = true;
    res.writeHead(200, { 'Content-Length': 5 });
    res.write('ab');
    assert.throws(() => res.end(), {
      code: 'ERR_HTTP_CONTENT_LENGTH_MISMATCH',
      message: 'Response body\'s content-length of 2 byte(s) does not match the content-length of 5 byte(s) set in header',
    });
    res.end('cde');
  } else {
    res.end('x');
    res.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
      assert.strictEqual(err.message, 'write after end');
    }));
    res.write('y', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    }));
    assert.throws(() => res.setHeader('a', 'b'), { code: 'ERR_HTTP_HEADERS_SENT' });
    assert.throws(() => res.writeHead(200), {
      code: 'ERR_HTTP_HEADERS_SENT',
      message: 'Cannot write headers after they are sent to the client',
    });
  }
}, 3));

const [client, serverSide] = duplexPair();
server.emit('connection', serverSide);
let out = '';
client.on('data', (d) => { out += d; });
client.write('GET /over HTTP/1.1\r\nHost: a\r\n\r\nGET /under HTTP/1.1\r\nHost: a\r\n\r\n' +
             'GET /end HTTP/1.1\r\nHost: a\r\n\r\n');
process.on('exit', () => {
  assert.match(out, /Content-Length: 2\r\n[^]*\r\n\r\nab/);
  assert.match(out, /Content-Length: 5\r\n[^]*\r\n\r\nabcde/);
});
