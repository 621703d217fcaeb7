'use strict';
// writeHead() argument checks: status code range, invalid status message, odd header arrays.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { duplexPair } = require('stream');

const server = http.createServer(common.mustCall((req, res) => {
  assert.throws(() => res.writeHead(99), {
    code: 'ERR_HTTP_INVALID_STATUS_CODE',
    name: 'RangeError',
    message: 'Invalid status code: 99',
  });
  assert.throws(() => res.writeHead(1000), { code: 'ERR_HTTP_INVALID_STATUS_CODE' });
  assert.throws(() => res.writeHead(200, 'bad\nmessage'), {
    code: 'ERR_INVALID_CHAR',
    message: 'Invalid character in statusMessage',
  });
  res.statusMessage = undefined;
  assert.throws(() => res.writeHead(200, ['a']), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => res.writeHead(200, { 'bad name': 'x' }), { code: 'ERR_INVALID_HTTP_TOKEN' });
  assert.strictEqual(res.headersSent, false);
  assert.strictEqual(res.writeHead(200, { 'X-Ok': '1' }), res);
  res.end();
}));

const [client, serverSide] = duplexPair();
server.emit('connection', serverSide);
client.resume();
client.write('GET / HTTP/1.1\r\nHost: a\r\n\r\n');
