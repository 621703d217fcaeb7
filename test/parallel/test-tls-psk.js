'use strict';
// TLS-PSK: the server's pskCallback(socket, identity) and pskIdentityHint, the client's
// pskCallback(hint) -> { psk, identity }, over a TLS 1.2 PSK cipher and over TLS 1.3; a wrong
// key fails the handshake.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');

const KEY = Buffer.from('d731ef57be09e5204f0b205b60627028', 'hex');

function run(version, ciphers, clientKey) {
  return new Promise((resolve) => {
    const server = tls.createServer({
      ciphers, minVersion: version, maxVersion: version,
      pskIdentityHint: 'hint-from-server',
      pskCallback: common.mustCall((socket, identity) => {
        assert.ok(socket instanceof tls.TLSSocket);
        return identity === 'client-id' ? KEY : null;
      }),
    }, (s) => {
      s.end(`${s.getProtocol()} ${s.getCipher().name}`);
    });
    server.on('tlsClientError', () => {});
    server.listen(0, () => {
      let hint;
      const c = tls.connect({
        port: server.address().port, ciphers, minVersion: version, maxVersion: version,
        checkServerIdentity: () => undefined,
        pskCallback: common.mustCall((h) => {
          hint = h;
          return { psk: clientKey, identity: 'client-id' };
        }),
      });
      let got = '';
      c.on('data', (d) => { got += d; });
      c.on('end', () => { server.close(); resolve({ got, hint, authorized: c.authorized }); });
      c.on('error', (err) => { server.close(); resolve({ error: err.code ?? err.message, hint }); });
    });
  });
}

(async () => {
  const r12 = await run('TLSv1.2', 'PSK-AES128-GCM-SHA256', KEY);
  assert.deepStrictEqual(r12, { got: 'TLSv1.2 PSK-AES128-GCM-SHA256', hint: 'hint-from-server', authorized: true });
  const r13 = await run('TLSv1.3', 'TLS_AES_128_GCM_SHA256', KEY);
  assert.deepStrictEqual(r13, { got: 'TLSv1.3 TLS_AES_128_GCM_SHA256', hint: null, authorized: true });
  const bad = await run('TLSv1.2', 'PSK-AES128-GCM-SHA256', Buffer.alloc(16));
  assert.ok(bad.error);
})().then(common.mustCall());
