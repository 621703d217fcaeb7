'use strict';
// A server with requestCert and rejectUnauthorized refusing clients: a certificate its CA did not
// sign ('close' of the raw socket, then 'tlsClientError' ECONNRESET), no certificate at all (the
// handshake fails: "peer did not return a certificate") and a plain HTTP request. The refused
// socket is already destroyed when 'tlsClientError' is emitted. OpenSSL handshake errors read as
// OpenSSL prints its error queue (thread id and source file masked here).
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const path = require('path');
const F = (n) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'tls', n));

const server = tls.createServer({
  key: F('server-key.pem'), cert: F('server-cert.pem'), ca: F('ca-cert.pem'),
  requestCert: true, rejectUnauthorized: true,
}, () => console.log('server secureConnection'));
server.on('connection', (raw) => {
  raw.on('close', (hadError) => console.log('server raw close', hadError));
});
// node's OpenSSL errors read as OpenSSL prints its queue: thread id, function and source file
// (which depend on the OpenSSL build) masked
const mask = (m) => m.replace(/[0-9A-F]{8,}:error:([0-9A-F]+:[^:\n]+):[^:\n]*:/g, 'TID:error:$1:FUNC:')
  .replace(/:[^:\n]+\.c:\d+:/g, ':FILE:LINE:');
server.on('tlsClientError', (e, s) => {
  console.log('server tlsClientError', e.code, s.destroyed, JSON.stringify(mask(e.message)), Object.keys(e));
});

function tlsClient(name, maxVersion, withCert, done) {
  const opts = { port: server.address().port, host: '127.0.0.1', ca: F('ca-cert.pem'),
                 servername: 'localhost', maxVersion };
  if (withCert) Object.assign(opts, { key: F('self-key.pem'), cert: F('self-cert.pem') });
  const c = tls.connect(opts);
  let failed = false;
  c.on('error', (e) => {
    failed = true;
    console.log(name, maxVersion, 'client error', e.code, JSON.stringify(mask(e.message)), e.library, e.reason);
  });
  c.on('close', () => {
    console.log(name, maxVersion, 'client closed, error:', failed);
    done();
  });
}

function httpClient(done) {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('GET / HTTP/1.1\r\n\r\n'));
  c.resume();
  c.on('error', () => {});
  c.on('close', () => {
    console.log('http client closed');
    done();
  });
}

const steps = [
  (next) => tlsClient('self-signed cert', 'TLSv1.2', true, next),
  (next) => tlsClient('self-signed cert', 'TLSv1.3', true, next),
  (next) => tlsClient('no cert', 'TLSv1.2', false, next),
  (next) => tlsClient('no cert', 'TLSv1.3', false, next),
  (next) => httpClient(next),
];
server.listen(0, '127.0.0.1', function run() {
  const step = steps.shift();
  if (step) step(run);
  else server.close();
});
