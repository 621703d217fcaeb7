'use strict';
// crypto.subtle: digest, HMAC, AES-GCM/CBC/CTR/KW, ECDSA/Ed25519 (verify own signatures), ECDH,
// HKDF/PBKDF2 (RFC vectors), RSA-OAEP, import/export in raw/jwk/spki/pkcs8, wrapKey/unwrapKey.
const { print } = require('./_print');
const { subtle } = globalThis.crypto;
const enc = new TextEncoder();
const hex = (ab) => Buffer.from(ab).toString('hex');

(async () => {
  for (const h of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) print('digest', h, hex(await subtle.digest(h, enc.encode('abc'))));
  const hk = await subtle.importKey('raw', enc.encode('key'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
  const sig = await subtle.sign('HMAC', hk, enc.encode('data'));
  print('hmac', hex(sig), await subtle.verify('HMAC', hk, sig, enc.encode('data')), await subtle.verify('HMAC', hk, sig, enc.encode('x')), hk.algorithm, hk.type, hk.usages, hk.extractable);
  print('hmac jwk', await subtle.exportKey('jwk', hk));
  const gk = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-512' }, false, ['sign']);
  print('hmac gen', gk.algorithm, gk.extractable);
  const ak = await subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', true, ['encrypt', 'decrypt']);
  const ct = await subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12), additionalData: enc.encode('aad') }, ak, enc.encode('hello'));
  print('gcm', hex(ct), Buffer.from(await subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12), additionalData: enc.encode('aad') }, ak, ct)).toString());
  print('gcm tag96', hex(await subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12), tagLength: 96 }, ak, enc.encode('x'))));
  const cbc = await subtle.importKey('raw', new Uint8Array(32), 'AES-CBC', false, ['encrypt', 'decrypt']);
  print('cbc', hex(await subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, cbc, enc.encode('hello'))));
  const ctr = await subtle.importKey('raw', new Uint8Array(16).fill(1), 'AES-CTR', true, ['encrypt']);
  print('ctr', hex(await subtle.encrypt({ name: 'AES-CTR', counter: new Uint8Array(16), length: 64 }, ctr, enc.encode('counter mode'))));
  print('aes jwk', await subtle.exportKey('jwk', ctr));
  const ec = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const es = await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, ec.privateKey, enc.encode('x'));
  print('ecdsa', es.byteLength, await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, ec.publicKey, es, enc.encode('x')), ec.publicKey.algorithm, ec.publicKey.usages, ec.privateKey.usages);
  print('export sizes', (await subtle.exportKey('raw', ec.publicKey)).byteLength, (await subtle.exportKey('spki', ec.publicKey)).byteLength, (await subtle.exportKey('pkcs8', ec.privateKey)).byteLength);
  const jw = await subtle.exportKey('jwk', ec.privateKey);
  const back = await subtle.importKey('jwk', jw, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
  print('jwk ec', back.type, back.algorithm, Object.keys(jw).sort().join());
  const ed = await subtle.generateKey('Ed25519', true, ['sign', 'verify']);
  print('ed25519', await subtle.verify('Ed25519', ed.publicKey, await subtle.sign('Ed25519', ed.privateKey, enc.encode('m')), enc.encode('m')));
  const a = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-384' }, true, ['deriveBits']);
  const b = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-384' }, true, ['deriveBits']);
  print('ecdh', hex(await subtle.deriveBits({ name: 'ECDH', public: b.publicKey }, a.privateKey, 384)) ===
    hex(await subtle.deriveBits({ name: 'ECDH', public: a.publicKey }, b.privateKey, 384)));
  const x1 = await subtle.generateKey('X25519', true, ['deriveBits']);
  const x2 = await subtle.generateKey('X25519', true, ['deriveBits']);
  print('x25519', (await subtle.deriveBits({ name: 'X25519', public: x2.publicKey }, x1.privateKey, 256)).byteLength);
  const pb = await subtle.importKey('raw', enc.encode('password'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
  print('pbkdf2', hex(await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-1', salt: enc.encode('salt'), iterations: 4096 }, pb, 160)));
  const dk = await subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: enc.encode('salt'), iterations: 10 }, pb, { name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  print('deriveKey', dk.algorithm, hex(await subtle.exportKey('raw', dk)));
  const hkdf = await subtle.importKey('raw', new Uint8Array(22).fill(11), 'HKDF', false, ['deriveBits']);
  print('hkdf', hex(await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: Buffer.from('000102030405060708090a0b0c', 'hex'), info: Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex') }, hkdf, 336)));
  const rsa = await subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['encrypt', 'decrypt']);
  const rct = await subtle.encrypt({ name: 'RSA-OAEP', label: enc.encode('l') }, rsa.publicKey, enc.encode('rsa'));
  print('oaep', Buffer.from(await subtle.decrypt({ name: 'RSA-OAEP', label: enc.encode('l') }, rsa.privateKey, rct)).toString(), rsa.publicKey.algorithm);
  const pss = await subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['sign', 'verify']);
  const ps = await subtle.sign({ name: 'RSA-PSS', saltLength: 32 }, pss.privateKey, enc.encode('m'));
  print('pss', await subtle.verify({ name: 'RSA-PSS', saltLength: 32 }, pss.publicKey, ps, enc.encode('m')));
  const kw = await subtle.importKey('raw', new Uint8Array(16), 'AES-KW', true, ['wrapKey', 'unwrapKey']);
  const wrapped = await subtle.wrapKey('raw', ak, kw, 'AES-KW');
  print('wrap', hex(wrapped));
  const un = await subtle.unwrapKey('raw', wrapped, kw, 'AES-KW', 'AES-GCM', true, ['encrypt']);
  print('unwrap', hex(await subtle.exportKey('raw', un)), un.algorithm);
  for (const [label, p] of [
    ['not extractable', () => subtle.exportKey('raw', cbc)],
    ['bad digest', () => subtle.digest('SHA-3', new Uint8Array())],
    ['bad tag', () => subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, ak, new Uint8Array(20))],
    ['wrong usage', () => subtle.sign('HMAC', gk, new Uint8Array()).then(() => subtle.verify('HMAC', gk, new Uint8Array(), new Uint8Array()))],
  ]) {
    try {
      await p();
      print(label, 'ok');
    } catch (e) {
      print(label, e.name, e.message);
    }
  }
})();
