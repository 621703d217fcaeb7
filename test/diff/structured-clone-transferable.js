'use strict';
// Node's clonable classes through structuredClone, MessageChannel and a worker: KeyObject (secret,
// public, private), CryptoKey, X509Certificate, BlockList, SocketAddress, RecordableHistogram.
// Each clone must be a working instance (sign with a cloned private key, check a cloned block
// list), repeated references stay one object, and nesting (a CryptoKey holds a KeyObject) works.
const crypto = require('crypto');
const fs = require('fs');
const net = require('net');
const path = require('path');
const { createHistogram } = require('perf_hooks');
const { Worker, MessageChannel } = require('worker_threads');

const pem = fs.readFileSync(path.join(__dirname, '../fixtures/keys/rsa_cert.pem'));

async function make() {
  const secret = crypto.createSecretKey(Buffer.from('secret bytes'));
  const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
  const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const ed = crypto.generateKeyPairSync('ed25519');
  const hmac = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
  const ecdsa = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, false, ['sign', 'verify']);
  const bl = new net.BlockList();
  bl.addAddress('1.2.3.4');
  bl.addRange('10.0.0.1', '10.0.0.9');
  bl.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
  const sa = new net.SocketAddress({ address: '::1', port: 8080, family: 'ipv6', flowlabel: 7 });
  const h = createHistogram();
  for (const v of [3, 5, 5, 900, 12345]) h.record(v);
  return { secret, rsa, ec, ed, hmac, ecdsa, bl, sa, h, x509: new crypto.X509Certificate(pem) };
}

function describe(v) {
  const msg = Buffer.from('message');
  return {
    secret: [v.secret instanceof crypto.KeyObject, v.secret.type, v.secret.symmetricKeySize, v.secret.export().toString()],
    rsa: [v.rsa.privateKey.asymmetricKeyType, v.rsa.privateKey.asymmetricKeyDetails.modulusLength,
          crypto.verify('sha256', msg, v.rsa.publicKey, crypto.sign('sha256', msg, v.rsa.privateKey))],
    ec: [v.ec.publicKey.type, v.ec.publicKey.asymmetricKeyDetails.namedCurve,
         crypto.verify('sha256', msg, v.ec.publicKey, crypto.sign('sha256', msg, v.ec.privateKey))],
    ed: [v.ed.privateKey.type, crypto.verify(null, msg, v.ed.publicKey, crypto.sign(null, msg, v.ed.privateKey))],
    hmac: [v.hmac.constructor.name, v.hmac.type, v.hmac.extractable, v.hmac.algorithm, v.hmac.usages],
    ecdsa: [v.ecdsa.privateKey.type, v.ecdsa.privateKey.extractable, v.ecdsa.publicKey.algorithm, v.ecdsa.privateKey.usages],
    bl: [v.bl instanceof net.BlockList, v.bl.check('1.2.3.4'), v.bl.check('10.0.0.5'), v.bl.check('10.0.0.10'),
         v.bl.check('8592:757c:efae:4e45::f', 'ipv6'), v.bl.rules],
    sa: [v.sa instanceof net.SocketAddress, v.sa.address, v.sa.port, v.sa.family, v.sa.flowlabel],
    h: [v.h.constructor.name, v.h.count, v.h.min, v.h.max, v.h.exceeds, [...v.h.percentiles]],
    x509: [v.x509 instanceof crypto.X509Certificate, v.x509.subject, v.x509.serialNumber, v.x509.fingerprint256],
  };
}

if (process.argv[2] === 'worker') {
  const { parentPort, workerData } = require('worker_threads');
  parentPort.postMessage({ fromWorkerData: JSON.stringify(describe(workerData)) });
  parentPort.once('message', (v) => {
    // Sign in the worker with keys that came by postMessage; send the keys back too.
    const sig = crypto.sign(null, Buffer.from('w'), v.ed.privateKey);
    parentPort.postMessage({ sig, keys: v });
  });
  return;
}

(async () => {
  const v = await make();
  console.log('original', JSON.stringify(describe(v)));
  const c = structuredClone(v);
  console.log('clone', JSON.stringify(describe(c)));
  console.log('distinct', c.secret !== v.secret, c.bl !== v.bl, c.hmac !== v.hmac);
  const twice = structuredClone({ a: v.secret, b: v.secret, c: [v.sa, v.sa] });
  console.log('shared refs', twice.a === twice.b, twice.c[0] === twice.c[1]);
  // Not compared: rules added to a BlockList after cloning. Node's clone shares the native list
  // (it sees them); a nodus clone is a copy (docs/status.md).

  const { port1, port2 } = new MessageChannel();
  const viaPort = await new Promise((resolve) => {
    port2.once('message', resolve);
    port1.postMessage(v);
  });
  port1.close();
  console.log('port', JSON.stringify(describe(viaPort)));

  const w = new Worker(__filename, { argv: ['worker'], workerData: v });
  w.once('message', (m) => {
    console.log('workerData', m.fromWorkerData);
    w.once('message', (back) => {
      console.log('signed in worker', crypto.verify(null, Buffer.from('w'), v.ed.publicKey, back.sig));
      console.log('back from worker', JSON.stringify(describe(back.keys)));
      w.terminate();
    });
    w.postMessage(v);
  });
})();
