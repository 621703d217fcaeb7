'use strict';
// tls.checkServerIdentity: DNS names with and without wildcards, IP addresses, the CN fallback.
require('../common');
const assert = require('assert');
const tls = require('tls');

const ok = (host, cert) => assert.strictEqual(tls.checkServerIdentity(host, cert), undefined, host);
const bad = (host, cert, reason) => {
  const err = tls.checkServerIdentity(host, cert);
  assert.strictEqual(err.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
  assert.strictEqual(err.reason, reason);
};
ok('a.com', { subject: { CN: 'a.com' } });
ok('A.COM', { subject: { CN: 'a.com' } });
bad('b.com', { subject: { CN: 'a.com' } }, "Host: b.com. is not cert's CN: a.com");
ok('www.a.com', { subjectaltname: 'DNS:*.a.com', subject: {} });
bad('a.b.a.com', { subjectaltname: 'DNS:*.a.com', subject: {} },
    "Host: a.b.a.com. is not in the cert's altnames: DNS:*.a.com");
bad('a.com', { subjectaltname: 'DNS:*.a.com', subject: {} }, "Host: a.com. is not in the cert's altnames: DNS:*.a.com");
ok('8.8.8.8', { subjectaltname: 'IP Address:8.8.8.8', subject: {} });
bad('8.8.4.4', { subjectaltname: 'IP Address:8.8.8.8', subject: {} }, "IP: 8.8.4.4 is not in the cert's list: 8.8.8.8");
ok('a.com', { subjectaltname: 'IP Address:8.8.8.8', subject: { CN: 'a.com' } });
ok('a.com.', { subjectaltname: 'DNS:a.com', subject: {} });
bad('a.com', { subject: {} }, 'Cert does not contain a DNS name');
