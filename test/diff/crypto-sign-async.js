'use strict';
// One-shot crypto.sign/crypto.verify with a callback (run on the threadpool): results equal the
// synchronous ones for deterministic schemes (RSA PKCS#1 v1.5, Ed25519, Ed448), the callback runs
// after the current code, errors arrive through the callback (or are thrown synchronously for
// invalid arguments), as in Node.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { print, attempt } = require('./_print');

const dir = path.join(__dirname, '..', 'fixtures', 'keys');
const read = (f) => fs.readFileSync(path.join(dir, f), 'utf8');
const rsa = crypto.createPrivateKey(read('rsa_private.pem'));
const ec = crypto.createPrivateKey(read('ec_p256_private.pem'));
const ed = crypto.createPrivateKey(read('ed25519_private.pem'));
const ed448 = crypto.createPrivateKey(read('ed448_private.pem'));
const x25519 = crypto.createPrivateKey(read('x25519_private.pem'));
const data = Buffer.from('the data');

const steps = [
  ['rsa', 'sha256', rsa],
  ['rsa-pss', 'sha256', { key: rsa, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 20 }],
  ['ec-der', 'sha384', ec],
  ['ec-p1363', 'sha256', { key: ec, dsaEncoding: 'ieee-p1363' }],
  ['ed25519', null, ed],
  ['ed448', undefined, ed448],
];

let chain = Promise.resolve();
for (const [label, alg, key] of steps) {
  chain = chain.then(() => new Promise((resolve) => {
    let sync = true;
    const ret = crypto.sign(alg, data, key, (err, sig) => {
      print(label, 'sign cb', err, Buffer.isBuffer(sig), sync);
      const deterministic = label === 'rsa' || label.startsWith('ed');
      if (deterministic) print(label, 'same as sync', sig.equals(crypto.sign(alg, data, key)), sig.toString('hex').slice(0, 32));
      const pub = crypto.createPublicKey(key.key || key);
      const vkey = key.key ? { ...key, key: pub } : pub;
      crypto.verify(alg, data, vkey, sig, (err2, ok) => {
        print(label, 'verify cb', err2, ok);
        crypto.verify(alg, Buffer.from('tampered'), vkey, sig, (err3, ok2) => {
          print(label, 'verify tampered', err3, ok2);
          resolve();
        });
      });
    });
    sync = false;
    print(label, 'returns', ret);
  }));
}

chain = chain.then(() => new Promise((resolve) => {
  // A key that cannot sign: the error comes through the callback.
  crypto.sign('sha256', data, x25519, (err, sig) => {
    print('x25519 sign', err, Object.getOwnPropertyNames(err), sig);
    crypto.verify(null, data, crypto.createPublicKey(x25519), Buffer.alloc(64), (err2, ok) => {
      print('x25519 verify', err2, Object.getOwnPropertyNames(err2), ok);
      resolve();
    });
  });
}));

chain.then(() => {
  attempt('bad digest', () => crypto.sign('nope', data, rsa, () => {}));
  attempt('bad digest verify', () => crypto.verify('nope', data, rsa, Buffer.alloc(1), () => {}));
  attempt('bad callback', () => crypto.sign('sha256', data, rsa, 'x'));
  attempt('no key', () => crypto.sign('sha256', data, null, () => {}));
  attempt('bad dsaEncoding', () => crypto.sign('sha256', data, { key: ec, dsaEncoding: 'x' }, () => {}));
  attempt('bad padding', () => crypto.sign('sha256', data, { key: rsa, padding: 'x' }, () => {}));
  attempt('bad signature', () => crypto.verify('sha256', data, rsa, 'sig', () => {}));
  attempt('bad data', () => crypto.verify('sha256', 'str', rsa, Buffer.alloc(1), () => {}));
  attempt('sync x25519', () => crypto.sign('sha256', data, x25519));
});
