'use strict';
// A TLS server and client with a CA-signed certificate: the handshake authorizes, ALPN and SNI
// are negotiated, certificates are described as node describes them, data flows both ways and
// the sockets end and close.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const fixtures = require('../common/fixtures');

const opts = {
  key: fixtures.readSync('tls/server-key.pem'),
  cert: fixtures.readSync('tls/server-cert.pem'),
  ALPNProtocols: ['h2', 'http/1.1'],
};
const ca = fixtures.readSync('tls/ca-cert.pem');

const server = tls.createServer(opts, common.mustCall((s) => {
  assert.strictEqual(s.encrypted, true);
  assert.strictEqual(s.alpnProtocol, 'http/1.1');
  assert.strictEqual(s.servername, 'localhost');
  assert.strictEqual(s.getProtocol(), 'TLSv1.3');
  assert.strictEqual(s.getCertificate().subject.CN, 'localhost');
  assert.deepStrictEqual(s.getPeerCertificate(), {});
  s.on('data', common.mustCall((d) => {
    assert.strictEqual(d.toString(), 'ping');
    s.end('pong');
  }));
}));

server.listen(0, common.mustCall(() => {
  const c = tls.connect({ port: server.address().port, host: 'localhost', servername: 'localhost', ca, ALPNProtocols: ['http/1.1'] },
                        common.mustCall(() => {
    assert.strictEqual(c.authorized, true);
    assert.strictEqual(c.authorizationError, null);
    assert.strictEqual(c.alpnProtocol, 'http/1.1');
    assert.strictEqual(c.getProtocol(), 'TLSv1.3');
    const cipher = c.getCipher();
    assert.strictEqual(typeof cipher.name, 'string');
    assert.strictEqual(cipher.version, 'TLSv1.3');
    const cert = c.getPeerCertificate();
    assert.deepStrictEqual(cert.subject, { __proto__: null, C: 'US', ST: 'CA', L: 'SF', O: 'nodus', OU: 'test', CN: 'localhost' });
    assert.deepStrictEqual(cert.issuer, { __proto__: null, C: 'US', O: 'nodus test', CN: 'nodus test CA' });
    assert.strictEqual(cert.subjectaltname, 'DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1');
    assert.strictEqual(cert.bits, 2048);
    assert.strictEqual(cert.exponent, '0x10001');
    assert.match(cert.fingerprint256, /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    assert.match(cert.valid_to, /GMT$/);
    assert.ok(Buffer.isBuffer(cert.raw));
    assert.deepStrictEqual(cert.ext_key_usage, ['1.3.6.1.5.5.7.3.1']);
    const detailed = c.getPeerCertificate(true);
    assert.strictEqual(detailed.issuerCertificate.subject.CN, 'nodus test CA');
    assert.strictEqual(c.remotePort, server.address().port);
    c.write('ping');
  }));
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { got += d; });
  c.on('end', common.mustCall(() => assert.strictEqual(got, 'pong')));
  c.on('close', common.mustCall(() => server.close()));
}));
