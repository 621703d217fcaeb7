'use strict';
// OCSP stapling: a client with requestOCSP makes the server emit 'OCSPRequest' with its
// certificate and issuer (DER); the response the server hands back (built here by `openssl ocsp`)
// reaches the client's 'OCSPResponse'. Without a response the client gets null.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const tmpdir = require('../common/tmpdir');
const fixtures = require('../common/fixtures');

tmpdir.refresh();
const F = (f) => fixtures.path('tls', f);
const T = (f) => path.join(tmpdir.path, f);
fs.writeFileSync(T('index.txt'), '');
execFileSync('openssl', ['ocsp', '-issuer', F('ca-cert.pem'), '-cert', F('server-cert.pem'), '-no_nonce',
                         '-reqout', T('req.der')], { stdio: 'ignore' });
execFileSync('openssl', ['ocsp', '-index', T('index.txt'), '-rsigner', F('ca-cert.pem'), '-rkey', F('ca-key.pem'),
                         '-CA', F('ca-cert.pem'), '-reqin', T('req.der'), '-respout', T('resp.der'), '-ndays', '1'],
                 { stdio: 'ignore' });
const response = fs.readFileSync(T('resp.der'));
const x509 = (name) => new (require('crypto').X509Certificate)(fixtures.readSync(`tls/${name}`)).raw;

let staple = true;
const server = tls.createServer({
  key: fixtures.readSync('tls/server-key.pem'),
  cert: Buffer.concat([fixtures.readSync('tls/server-cert.pem'), fixtures.readSync('tls/ca-cert.pem')]),
}, (s) => s.end());
server.on('OCSPRequest', common.mustCall((cert, issuer, cb) => {
  assert.deepStrictEqual(cert, x509('server-cert.pem'));
  assert.deepStrictEqual(issuer, x509('ca-cert.pem'));
  setImmediate(cb, null, staple ? response : undefined);
}, 2));

function connect(requestOCSP) {
  return new Promise((resolve) => {
    let got = 'none';
    const c = tls.connect({ port: server.address().port, ca: fixtures.readSync('tls/ca-cert.pem'),
                            servername: 'localhost', requestOCSP });
    c.on('OCSPResponse', (resp) => { got = resp; });
    c.on('secureConnect', () => resolve(got));
    c.resume();
  });
}

server.listen(0, common.mustCall(async () => {
  const resp = await connect(true);
  assert.deepStrictEqual(resp, response);
  assert.match(execFileSync('openssl', ['ocsp', '-respin', T('resp.der'), '-resp_text', '-noverify']).toString(),
               /OCSP Response Status: successful/);
  staple = false;
  assert.strictEqual(await connect(true), null);
  assert.strictEqual(await connect(false), 'none');  // no request: no 'OCSPRequest', no event
  server.close();
}));
