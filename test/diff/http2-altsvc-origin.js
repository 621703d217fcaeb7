'use strict';
// http2 ALTSVC and ORIGIN frames: ServerHttp2Session.altsvc()/origin() argument checks and
// errors, the server's `origins` option, and the client's 'altsvc' (alt, origin, streamId) and
// 'origin' (origins) events with session.originSet, over h2c (ORIGIN ignored, no originSet) and
// TLS. (altsvc() with neither an origin nor a stream aborts node 22; nodus throws instead, so it
// is not asked here.)
const http2 = require('http2');
const fs = require('fs');
const path = require('path');

const fixtures = path.join(__dirname, '..', 'fixtures', 'tls');
const key = fs.readFileSync(path.join(fixtures, 'server-key.pem'));
const cert = fs.readFileSync(path.join(fixtures, 'server-cert.pem'));
const ca = fs.readFileSync(path.join(fixtures, 'ca-cert.pem'));

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

function checks(session) {
  attempt('alt number', () => session.altsvc(1, 'https://a.example'));
  attempt('origin "null"', () => session.altsvc('x', 'null'));
  attempt('origin not a url', () => session.altsvc('x', 'not a url'));
  attempt('stream -1', () => session.altsvc('x', -1));
  attempt('stream 0', () => session.altsvc('x', 0));
  attempt('stream 1.5', () => session.altsvc('x', 1.5));
  attempt('stream 2**32', () => session.altsvc('x', 2 ** 32));
  attempt('origin true', () => session.altsvc('x', true));
  attempt('origin {}', () => session.altsvc('x', {}));
  attempt('origin {origin: 5}', () => session.altsvc('x', { origin: 5 }));
  attempt('origin {origin: ""}', () => session.altsvc('x', { origin: '' }));
  attempt('origin {origin: "null"}', () => session.altsvc('x', { origin: 'null' }));
  attempt('origin file URL', () => session.altsvc('x', new URL('file:///x')));
  attempt('alt too long', () => session.altsvc('x'.repeat(16383), 'https://e.example'));
  attempt('alt control char', () => session.altsvc('a\x01b', 'https://e.example'));
  attempt('alt backslash', () => session.altsvc('a\\b', 'https://e.example'));
  attempt('origin() none', () => session.origin());
  attempt('origin() "null"', () => session.origin('null'));
  attempt('origin() 5', () => session.origin(5));
  attempt('origin() bad url', () => session.origin('x'));
  attempt('origin() {}', () => session.origin({}));
  attempt('origin() {origin: "null"}', () => session.origin({ origin: 'null' }));
  attempt('origin() file URL', () => session.origin(new URL('file:///x')));
  attempt('origin() too long', () => session.origin(`https://${'a'.repeat(16380)}`));
  attempt('origin() then bad', () => session.origin('https://x.example', 7));
}

function run(secure, done) {
  const options = { origins: ['https://a.example', 'https://b.example:8443'] };
  const server = secure ?
    http2.createSecureServer({ key, cert, ...options }) : http2.createServer(options);
  server.on('stream', (stream) => {
    stream.session.altsvc('h2=":8000"', stream.id);
    stream.respond();
    stream.end('ok');
  });
  server.on('session', (session) => {
    if (!secure) checks(session);
    session.altsvc('h3=":443"', 'https://alt.example');
    session.altsvc('h3=":443"; ma=60', new URL('https://url-alt.example:99/x'));
    session.altsvc('clear', { origin: 'https://obj-alt.example' });
    session.altsvc('h2="\xe9:1"', 'https://latin1.example');
    session.origin('https://c.example', new URL('https://d.example/ignored'),
                   { origin: 'https://e.example' });
  });
  server.listen(0, () => {
    const port = server.address().port;
    const client = http2.connect(`${secure ? 'https' : 'http'}://localhost:${port}`, { ca });
    const log = [];
    const show = (set) => set && set.map((o) => o.replace(`:${port}`, ':PORT'));
    client.on('altsvc', (alt, origin, id) => log.push(['altsvc', alt, origin, id]));
    client.on('origin', (origins) => log.push(['origin', origins, show(client.originSet)]));
    client.on('connect', () => log.push(['connect', show(client.originSet)]));
    const req = client.request({ ':path': '/' });
    req.resume();
    req.on('end', () => {
      client.ping(() => {
        console.log(secure ? '-- tls' : '-- h2c');
        for (const entry of log) console.log(JSON.stringify(entry));
        client.close();
        server.close(done);
      });
    });
  });
}

run(false, () => run(true, () => {}));
