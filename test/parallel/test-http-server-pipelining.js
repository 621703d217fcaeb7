'use strict';
// Pipelined requests on one keep-alive connection are answered in order, even when a later
// response is ready first.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { duplexPair } = require('stream');

const pending = [];
const server = http.createServer(common.mustCall((req, res) => {
  pending.push(() => res.end(req.url));
  if (pending.length === 3) {
    // Answer in reverse order.
    pending.pop()();
    pending.pop()();
    pending.pop()();
  }
}, 3));

const [client, serverSide] = duplexPair();
server.emit('connection', serverSide);
let out = '';
client.on('data', (d) => { out += d; });
client.write('GET /a HTTP/1.1\r\nHost: h\r\n\r\n' +
             'GET /b HTTP/1.1\r\nHost: h\r\n\r\n' +
             'GET /c HTTP/1.1\r\nHost: h\r\n\r\n');
process.on('exit', () => {
  const bodies = out.split(/HTTP\/1\.1 200 OK\r\n/).slice(1).map((r) => r.split('\r\n\r\n')[1]);
  assert.deepStrictEqual(bodies, ['/a', '/b', '/c']);
  assert.strictEqual(out.match(/Connection: keep-alive/g).length, 3);
});
