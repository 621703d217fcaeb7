'use strict';
// createDiffieHellman/getDiffieHellman: modp groups, fixed private keys give fixed public keys and
// shared secrets, encodings, verifyError, and Node's errors.
const crypto = require('crypto');
const { print, attempt } = require('./_print');

const g = crypto.getDiffieHellman('modp14');
print('group', g.verifyError, Object.keys(g), typeof g.setPrivateKey, g.getPrime('hex').length, g.getGenerator('hex'));
for (const name of ['modp1', 'modp2', 'modp5', 'modp15', 'modp16', 'modp17', 'modp18']) {
  print(name, crypto.getDiffieHellman(name).getPrime().length);
}
const prime = crypto.getDiffieHellman('modp2').getPrime();
const a = crypto.createDiffieHellman(prime);
const b = crypto.createDiffieHellman(prime.toString('hex'), 'hex', Buffer.from([2]));
print('custom', a.verifyError, b.verifyError, a.getGenerator('hex'));
a.setPrivateKey(Buffer.alloc(32, 1));
b.setPrivateKey(Buffer.alloc(32, 2), 'buffer');
attempt('pub before generate', () => a.getPublicKey());
a.generateKeys();
b.generateKeys();
print('pub a', a.getPublicKey('hex'));
print('pub b', b.getPublicKey('base64'));
print('secret', a.computeSecret(b.getPublicKey()).toString('hex'));
print('secret enc', b.computeSecret(a.getPublicKey('hex'), 'hex', 'base64'));
const x = crypto.getDiffieHellman('modp5');
const y = crypto.getDiffieHellman('modp5');
x.generateKeys();
y.generateKeys();
print('random agree', x.computeSecret(y.getPublicKey()).equals(y.computeSecret(x.getPublicKey())), x.computeSecret(y.getPublicKey()).length);
print('gen with number', crypto.createDiffieHellman(prime, 5).getGenerator('hex'));
attempt('unknown group', () => crypto.getDiffieHellman('foo'));
attempt('small key', () => g.computeSecret(Buffer.alloc(1)));
attempt('large key', () => { g.generateKeys(); g.computeSecret(Buffer.alloc(300, 255)); });
attempt('bad generator', () => crypto.createDiffieHellman(Buffer.from('0b', 'hex'), 'hex', 1));
attempt('bad type', () => crypto.createDiffieHellman({}));
