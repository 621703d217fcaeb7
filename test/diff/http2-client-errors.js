'use strict';
// Client-side errors with node's codes: a refused connection (session 'error', pending
// streams cancelled with ERR_HTTP2_STREAM_CANCEL), requests on a closed or destroyed session,
// bad header names and values, connection-specific headers, invalid pseudo-headers, CONNECT
// without :authority, an unsupported protocol, respond() twice and bad statuses on the server.
const http2 = require('http2');
const net = require('net');

const show = (label, e) =>
  console.log(label, e.name, e.code, e.message.replace(/127\.0\.0\.1:\d+/, 'ADDR'));
const attempt = (label, fn) => {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    show(label, e);
  }
};

attempt('protocol', () => http2.connect('ftp://localhost'));

const blocker = net.createServer();
blocker.listen(0, '127.0.0.1', () => {
  const port = blocker.address().port;
  blocker.close(() => {
    const client = http2.connect(`http://127.0.0.1:${port}`);
    const req = client.request({ ':path': '/' });
    console.log('pending', req.pending);
    req.on('error', (e) => show('stream error', e));
    client.on('error', (e) => console.log('session error', e.code, e.syscall));
    client.on('close', () => {
      console.log('session closed', client.destroyed);
      attempt('request after destroy', () => client.request({}));
      serverPart();
    });
  });
});

function serverPart() {
  const server = http2.createServer();
  server.on('stream', (stream, headers) => {
    attempt('status 99', () => stream.respond({ ':status': 99 }));
    attempt('status 101', () => stream.respond({ ':status': 101 }));
    attempt('status 150', () => stream.respond({ ':status': 150 }));
    attempt('status 600', () => stream.respond({ ':status': 600 }));
    attempt('conn header', () => stream.respond({ connection: 'close' }));
    attempt('respond', () => stream.respond({ ':status': 200 }));
    attempt('respond twice', () => stream.respond({ ':status': 200 }));
    attempt('additional after', () => stream.additionalHeaders({ ':status': 102 }));
    stream.end('x');
  });
  server.listen(0, () => {
    const client = http2.connect(`http://localhost:${server.address().port}`);
    attempt('bad name', () => client.request({ 'bad name': 'x' }));
    attempt('te', () => client.request({ te: 'gzip' }));
    attempt('upgrade', () => client.request({ upgrade: 'websocket' }));
    attempt('pseudo', () => client.request({ ':foo': 'x' }));
    attempt('single', () => client.request({ 'content-type': ['a', 'b'] }));
    attempt('connect', () => client.request({ ':method': 'CONNECT' }));
    attempt('connect path', () => client.request({ ':method': 'CONNECT', ':authority': 'a:1', ':path': '/' }));
    attempt('headers type', () => client.request('x'));
    const req = client.request({ ':path': '/' });
    req.resume();
    req.on('end', () => {
      client.close();
      attempt('request after close', () => client.request({}));
      server.close();
    });
  });
}
