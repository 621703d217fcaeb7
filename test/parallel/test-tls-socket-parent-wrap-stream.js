'use strict';
// A TLSSocket made over a generic Duplex exposes, as node's does, the socket wrapping that stream
// as `_handle._parentWrap`; its class (node's JSStreamSocket, which http2-wrapper and so got take
// from there) makes a net.Socket out of any Duplex: data both ways, end, close, and an HTTP
// request through it.
const common = require('../common');
if (!common.hasCrypto) common.skip('missing crypto');
const assert = require('assert');
const http = require('http');
const net = require('net');
const tls = require('tls');
const { Duplex, PassThrough } = require('stream');

const JSStreamSocket = new tls.TLSSocket(new PassThrough())._handle._parentWrap.constructor;
assert.strictEqual(typeof JSStreamSocket, 'function');

{
  const upper = new Duplex({
    read() {},
    write(chunk, enc, cb) { this.push(chunk.toString().toUpperCase()); cb(); },
    final(cb) { this.push(null); cb(); },
  });
  const socket = new JSStreamSocket(upper);
  assert.ok(socket instanceof net.Socket);
  let got = '';
  socket.setEncoding('utf8');
  socket.on('data', (d) => { got += d; });
  socket.on('end', common.mustCall(() => assert.strictEqual(got, 'HELLO WORLD')));
  socket.on('close', common.mustCall());
  socket.write('hello ');
  socket.end('world');
}

{
  const server = http.createServer(common.mustCall((req, res) => res.end(`ok ${req.url}`)));
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const req = http.get({
      path: '/via-stream',
      createConnection: () => new JSStreamSocket(net.connect(server.address().port, '127.0.0.1')),
    }, common.mustCall((res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', common.mustCall(() => {
        assert.strictEqual(res.statusCode, 200);
        assert.strictEqual(body, 'ok /via-stream');
        server.close();
      }));
    }));
    req.on('error', common.mustNotCall());
  }));
}
