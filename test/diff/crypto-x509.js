'use strict';
// X509Certificate over test/fixtures/keys/rsa_cert.pem (self-signed, SANs for DNS, IP, email).
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { print, attempt } = require('./_print');

const dir = path.join(__dirname, '..', 'fixtures', 'keys');
const pem = fs.readFileSync(path.join(dir, 'rsa_cert.pem'));
const cert = new crypto.X509Certificate(pem);
for (const k of ['subject', 'issuer', 'subjectAltName', 'infoAccess', 'validFrom', 'validTo',
  'fingerprint', 'fingerprint256', 'fingerprint512', 'keyUsage', 'serialNumber', 'ca']) {
  print(k, JSON.stringify(cert[k]));
}
print('validFromDate', cert.validFromDate.toISOString(), cert.validToDate.toISOString());
print('raw', cert.raw.toString('base64'));
print('toString', cert.toString() === pem.toString(), cert.toJSON() === cert.toString());
print('publicKey', cert.publicKey.type, cert.publicKey.asymmetricKeyType,
      cert.publicKey.equals(crypto.createPublicKey(fs.readFileSync(path.join(dir, 'rsa_public.pem')))));
print('der', new crypto.X509Certificate(cert.raw).subject === cert.subject);
for (const h of ['agent1.example.com', 'AGENT1.example.com', 'foo.test.example', 'a.b.test.example', 'example.com', 'test.example']) {
  print('checkHost', h, cert.checkHost(h), cert.checkHost(h, { wildcards: false }), cert.checkHost(h, { subject: 'always' }));
}
for (const ip of ['127.0.0.1', '127.0.0.2', '::1']) print('checkIP', ip, cert.checkIP(ip));
for (const e of ['a@example.com', 'b@example.com']) print('checkEmail', e, cert.checkEmail(e));
print('checkIssued self', cert.checkIssued(cert));
print('verify', cert.verify(cert.publicKey));
const priv = crypto.createPrivateKey(fs.readFileSync(path.join(dir, 'rsa_private.pem')));
print('checkPrivateKey', cert.checkPrivateKey(priv),
      cert.checkPrivateKey(crypto.createPrivateKey(fs.readFileSync(path.join(dir, 'ec_p256_private.pem')))));
attempt('bad cert', () => new crypto.X509Certificate('garbage'));
attempt('bad type', () => new crypto.X509Certificate(1));
attempt('checkHost type', () => cert.checkHost(1));
attempt('checkHost subject', () => cert.checkHost('x', { subject: 'bogus' }));
attempt('verify private', () => cert.verify(priv));
attempt('checkIssued type', () => cert.checkIssued({}));
