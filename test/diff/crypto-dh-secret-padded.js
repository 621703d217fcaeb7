'use strict';
// A DH secret whose first byte is zero keeps the prime's length (128 bytes for modp2), as node
// pads it (crypto.diffieHellman with KeyObjects). (The keys were found by
// generating pairs until the secret began with a zero byte.)
const crypto = require('crypto');

const privateKey = crypto.createPrivateKey("-----BEGIN PRIVATE KEY-----\nMIIBIQIBADCBlQYJKoZIhvcNAQMBMIGHAoGBAP//////////yQ/aoiFowjTExmKL\ngNwc0SkCTgiKZ8x0Agu+pjsTmyJRSgh5jjQE3e+VGbPNOkMbMCsKbfJfFDdP4TVt\nbVHCReSFtXZiXn7G9ExC6aY37WsL/1y29Aa37e44a/taiZ+lrp8kEXxLH+ZJKGZR\n7OZTgf//////////AgECBIGDAoGAInWtP+p2E9C7g6iuEI8VXHNs9xxQXqHTFN9O\ndiii/ZGBVRoanw/ELL8w2VqT6uxrJIjNqrm7JtD81KfBkD02GddqQ56WryTYFwrD\nQINLMKcZ/i6wQLtEDtYxd3O+E9l39kRJfVAmhG5JGvN1nkZ71A587byDn/N4mpi9\nY6wp6KI=\n-----END PRIVATE KEY-----\n");
const publicKey = crypto.createPublicKey("-----BEGIN PUBLIC KEY-----\nMIIBHzCBlQYJKoZIhvcNAQMBMIGHAoGBAP//////////yQ/aoiFowjTExmKLgNwc\n0SkCTgiKZ8x0Agu+pjsTmyJRSgh5jjQE3e+VGbPNOkMbMCsKbfJfFDdP4TVtbVHC\nReSFtXZiXn7G9ExC6aY37WsL/1y29Aa37e44a/taiZ+lrp8kEXxLH+ZJKGZR7OZT\ngf//////////AgECA4GEAAKBgDsZtg6KiZKCoeXuarV5UR7sEJ44hUhtWQ1cCtXB\nUpN6FFccDkRvN5f2qI8qqpUTC+uZMw4NixWLkZvIdyCFbuZ2qHhNFRBkn1K6APhS\nEUDVRQDL8ZTABeWmx1cyLaBCo7YJNFgVhzoqK6pbK7H9VG0iWDSheAE8q122sEeD\n6SSR\n-----END PUBLIC KEY-----\n");
const s = crypto.diffieHellman({ privateKey, publicKey });
console.log('diffieHellman', s.length, s.subarray(0, 4).toString('hex'));
