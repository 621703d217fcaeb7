'use strict';
// http2 session.socket and the compatibility API's req.socket/res.socket are proxies of the
// transport: reads of its properties (addresses, encrypted, instanceof net.Socket) and setTimeout
// go through, while reading/writing it directly throws ERR_HTTP2_NO_SOCKET_MANIPULATION.
const http2 = require('http2');
const net = require('net');

function attempt(label, fn) {
  try {
    const v = fn();
    console.log(label, typeof v === 'function' ? 'function' : JSON.stringify(v));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

function probe(prefix, socket) {
  attempt(`${prefix} instanceof net.Socket`, () => socket instanceof net.Socket);
  attempt(`${prefix} remoteAddress`, () => socket.remoteAddress);
  attempt(`${prefix} localAddress`, () => socket.localAddress);
  attempt(`${prefix} remoteFamily`, () => socket.remoteFamily);
  attempt(`${prefix} encrypted`, () => socket.encrypted);
  attempt(`${prefix} 'remotePort' in`, () => 'remotePort' in socket);
  attempt(`${prefix} writable`, () => typeof socket.writable);
  attempt(`${prefix} destroyed`, () => socket.destroyed);
  attempt(`${prefix} readable`, () => typeof socket.readable);
  for (const name of ['write', 'read', 'pause', 'resume', 'end', 'destroy', 'emit', 'setEncoding',
    'setKeepAlive', 'setNoDelay', 'setTimeout', 'ref', 'unref', 'on', 'once', 'address',
    'getPeerCertificate']) {
    attempt(`${prefix} .${name}`, () => socket[name]);
  }
  attempt(`${prefix} set custom`, () => { socket.custom = 1; return socket.custom; });
  attempt(`${prefix} set write`, () => { socket.write = 1; });
  attempt(`${prefix} set setTimeout`, () => { socket.setTimeout = socket.setTimeout; return 'ok'; });
  attempt(`${prefix} setTimeout()`, () => { socket.setTimeout(0); return 'ok'; });
  attempt(`${prefix} same object`, () => socket === socket);
}

const server = http2.createServer((req, res) => {
  probe('req.socket', req.socket);
  attempt('res.socket === req.socket', () => res.socket === req.socket);
  attempt('req.connection === req.socket', () => req.connection === req.socket);
  attempt('stream.session.socket === req.socket', () => req.stream.session.socket === req.socket);
  res.end('ok');
});
server.on('session', (session) => {
  probe('server session.socket', session.socket);
  attempt('session.socket stable', () => session.socket === session.socket);
});
server.listen(0, '127.0.0.1', () => {
  const client = http2.connect(`http://127.0.0.1:${server.address().port}`);
  const req = client.request({ ':path': '/' });
  req.resume();
  req.on('end', () => {
    client.close();
    server.close();
  });
});
