'use strict';
// X509Certificate#toLegacyObject(): the same object as tls getPeerCertificate() (null-prototype
// subject/issuer with repeated fields as arrays, infoAccess as an object, RSA modulus/exponent or
// EC curve names, pubkey and raw as Buffers, fingerprints, ext_key_usage, serialNumber), for an
// RSA CA certificate and an EC leaf with subjectAltName, authorityInfoAccess and extendedKeyUsage.
const { X509Certificate } = require('crypto');
const fs = require('fs');
const path = require('path');
const util = require('util');
const { print } = require('./_print');

const rsaPem = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'keys', 'rsa_cert.pem'));
const ecPem = `
-----BEGIN CERTIFICATE-----
MIICgDCCAiagAwIBAgIDChssMAoGCCqGSM49BAMCMFgxCzAJBgNVBAYTAkRFMQ4w
DAYDVQQKDAVOb2R1czEPMA0GA1UECwwGVGVhbSBBMQ8wDQYDVQQLDAZUZWFtIEIx
FzAVBgNVBAMMDmVjLmV4YW1wbGUuY29tMB4XDTI2MTEyODE5MzE1NloXDTM2MTEy
NTE5MzE1NlowWDELMAkGA1UEBhMCREUxDjAMBgNVBAoMBU5vZHVzMQ8wDQYDVQQL
DAZUZWFtIEExDzANBgNVBAsMBlRlYW0gQjEXMBUGA1UEAwwOZWMuZXhhbXBsZS5j
b20wWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAQHScjFR8fbdTOWBAjwEtxgA0Qj
ONwMg+LjwcGVl9zq8QBs0hUDoCKuJ3XT6Pg13afgkTOHUrLfgKK0dshXVUtmo4He
MIHbMC0GA1UdEQQmMCSCDmVjLmV4YW1wbGUuY29tghJ3d3cuZWMuZXhhbXBsZS5j
b20wXgYIKwYBBQUHAQEEUjBQMCQGCCsGAQUFBzABhhhodHRwOi8vb2NzcC5leGFt
cGxlLmNvbS8wKAYIKwYBBQUHMAKGHGh0dHA6Ly9jYS5leGFtcGxlLmNvbS9jYS5j
ZXIwHQYDVR0lBBYwFAYIKwYBBQUHAwEGCCsGAQUFBwMCMAwGA1UdEwEB/wQCMAAw
HQYDVR0OBBYEFCH6IY3pgZhvRfYwL713hzLbKOP/MAoGCCqGSM49BAMCA0gAMEUC
IEFx0pp4vjtHHZVpXIyCIEv+IRCUoyhgVnlv5hdX45RpAiEAz4y4yNCoL36TZ6s5
stnN283eBnU4fmdVosfcm1cWVOM=
-----END CERTIFICATE-----
`;

for (const [label, pem] of [['rsa', rsaPem], ['ec', ecPem]]) {
  const cert = new X509Certificate(pem);
  const o = cert.toLegacyObject();
  print(label, Object.keys(o));
  print(label, 'prototypes', Object.getPrototypeOf(o) === Object.prototype,
        Object.getPrototypeOf(o.subject), Object.getPrototypeOf(o.issuer),
        o.infoAccess === undefined ? 'none' : Object.getPrototypeOf(o.infoAccess));
  print(label, 'buffers', Buffer.isBuffer(o.raw), Buffer.isBuffer(o.pubkey), o.raw.equals(cert.raw),
        o.pubkey.toString('hex'));
  print(label, util.inspect({ ...o, raw: o.raw.length, pubkey: o.pubkey.length }, { depth: 4, breakLength: 100 }));
  print(label, 'same fields', o.fingerprint === cert.fingerprint, o.fingerprint256 === cert.fingerprint256,
        o.serialNumber === cert.serialNumber, o.valid_from === cert.validFrom,
        o.subjectaltname === cert.subjectAltName);
  print(label, 'fresh object', cert.toLegacyObject() !== o);
}
