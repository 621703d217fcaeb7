'use strict';
// WebCrypto Ed448 and X448 (RFC 8032 section 7.4 and RFC 7748 section 6.2 vectors through every
// import/export format; the 'context' rule; generated key pairs), AES-CTR with the NIST SP 800-38A
// F.5 vectors and Node's counter handling (the low `length` bits wrap to zero, too many blocks
// fail), and algorithm normalisation errors (DOMException names, missing dictionary members).
const { subtle } = globalThis.crypto;
const { print } = require('./_print');

const hex = (ab) => Buffer.from(ab).toString('hex');
const b64u = (h) => Buffer.from(h, 'hex').toString('base64url');
async function attempt(label, fn) {
  try {
    const r = await fn();
    print(label, 'ok', r instanceof ArrayBuffer ? hex(r) : r);
  } catch (e) {
    print(label, e.name, e.code, e.message);
  }
}

// PKCS#8 for a raw Ed448 (OID 1.3.101.113) or X448 (1.3.101.111) private key.
function pkcs8(oid, key) {
  const inner = Buffer.concat([Buffer.from([4, key.length]), key]);
  const octet = Buffer.concat([Buffer.from([4, inner.length]), inner]);
  const body = Buffer.concat([Buffer.from([2, 1, 0, 0x30, 5, 6, 3, 0x2b, 0x65, oid]), octet]);
  return Buffer.concat([Buffer.from([0x30, body.length]), body]);
}

const ed = {
  d: 'c4eab05d357007c632f3dbb48489924d552b08fe0c353a0d4a1f00acda2c463afbea67c5e8d2877c5e3bc397a659949ef8021e954e0a12274e',
  x: '43ba28f430cdff456ae531545f7ecd0ac834a55d9358c0372bfa0c6c6798c0866aea01eb00742802b8438ea4cb82169c235160627b4c3a9480',
  msg: '03',
  sig: '26b8f91727bd62897af15e41eb43c377efb9c610d48f2335cb0bd0087810f4352541b143c4b981b7e18f62de8ccdf633fc1bf037ab7cd779805e0dbcc0aae1cbcee1afb2e027df36bc04dcecbf154336c19f0af7e0a6472905e799f1953d2a0ff3348ab21aa4adafd1d234441cf807c03a00',
};
const x448 = {
  a: '9a8f4925d1519f5775cf46b04b5800d4ee9ee8bae8bc5565d498c28dd9c9baf574a9419744897391006382a6f127ab1d9ac2d8c0a598726b',
  A: '9b08f7cc31b7e3e67d22d5aea121074a273bd2b83de09c63faa73d2c22c5d9bbc836647241d953d40c5b12da88120d53177f80e532c41fa0',
  b: '1c306a7ac2a0e2e0990b294470cba339e6453772b075811d8fad0d1d6927c120bb5ee8972b0d3e21374c9c921b09d1b0366f10b65173992d',
  B: '3eb7a829b0cd20f5bcfc0b599b6feccf6da4627107bdb0d4f345b43027d8b972fc3e34fb4232a13ca706dcb57aec3dae07bdc1c67bf33609',
  K: '07fff4181ac6cc95ec1c16a94a0f74d12da232ce40a77552281d282bb60c0b56fd2464c335543936521c24403085d59a449a5037514a879d',
};

async function ed448() {
  const msg = Buffer.from(ed.msg, 'hex');
  const priv = await subtle.importKey('pkcs8', pkcs8(0x71, Buffer.from(ed.d, 'hex')), 'Ed448', true, ['sign']);
  const privJwk = await subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed448', d: b64u(ed.d), x: b64u(ed.x) },
                                         { name: 'Ed448' }, true, ['sign']);
  const pub = await subtle.importKey('raw', Buffer.from(ed.x, 'hex'), { name: 'Ed448' }, true, ['verify']);
  print('ed448 keys', priv.algorithm, priv.type, priv.usages, pub.type, pub.usages, pub.extractable);
  const sig = await subtle.sign('Ed448', priv, msg);
  print('ed448 rfc8032 sig', hex(sig) === ed.sig, hex(await subtle.sign({ name: 'Ed448' }, privJwk, msg)) === ed.sig);
  print('ed448 verify', await subtle.verify('Ed448', pub, Buffer.from(ed.sig, 'hex'), msg),
        await subtle.verify('Ed448', pub, Buffer.from(ed.sig, 'hex'), Buffer.from('04', 'hex')),
        await subtle.verify({ name: 'Ed448', context: new Uint8Array(0) }, pub, sig, msg));
  await attempt('ed448 context sign', () => subtle.sign({ name: 'Ed448', context: Buffer.from('ctx') }, priv, msg));
  await attempt('ed448 context verify', () => subtle.verify({ name: 'Ed448', context: Buffer.from('c') }, pub, sig, msg));
  print('ed448 export raw', hex(await subtle.exportKey('raw', pub)) === ed.x);
  const spki = await subtle.exportKey('spki', pub);
  print('ed448 export spki', hex(spki));
  print('ed448 export pkcs8', hex(await subtle.exportKey('pkcs8', priv)));
  print('ed448 export jwk', await subtle.exportKey('jwk', priv), await subtle.exportKey('jwk', pub));
  const pub2 = await subtle.importKey('spki', spki, 'Ed448', false, ['verify']);
  print('ed448 spki import', await subtle.verify('Ed448', pub2, sig, msg));
  const pubJwk = await subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed448', x: b64u(ed.x) }, 'Ed448', true, ['verify']);
  print('ed448 jwk public import', await subtle.verify('Ed448', pubJwk, sig, msg));
  await attempt('ed448 export raw private', () => subtle.exportKey('raw', priv));
  await attempt('ed448 export pkcs8 public', () => subtle.exportKey('pkcs8', pub));
  await attempt('ed448 bad usage', () => subtle.importKey('raw', Buffer.from(ed.x, 'hex'), 'Ed448', true, ['sign']));
  await attempt('ed448 bad raw', () => subtle.importKey('raw', Buffer.alloc(10), 'Ed448', true, ['verify']));
  await attempt('ed448 verify with private', () => subtle.verify('Ed448', priv, sig, msg));
  const pair = await subtle.generateKey({ name: 'Ed448' }, true, ['sign', 'verify']);
  print('ed448 generate', Object.getPrototypeOf(pair), Object.keys(pair), pair.privateKey.usages,
        pair.publicKey.usages, pair.publicKey.algorithm);
  const s2 = await subtle.sign('Ed448', pair.privateKey, msg);
  print('ed448 generated sign', s2.byteLength, await subtle.verify('Ed448', pair.publicKey, s2, msg));
  await attempt('ed448 generate usages', () => subtle.generateKey({ name: 'Ed448' }, true, ['encrypt']));
  await attempt('ed448 generate empty', () => subtle.generateKey({ name: 'Ed448' }, true, []));
}

async function x448vectors() {
  const alice = await subtle.importKey('pkcs8', pkcs8(0x6f, Buffer.from(x448.a, 'hex')), 'X448', true, ['deriveBits']);
  const bob = await subtle.importKey('jwk', { kty: 'OKP', crv: 'X448', d: b64u(x448.b), x: b64u(x448.B) },
                                     'X448', true, ['deriveBits', 'deriveKey']);
  const alicePub = await subtle.importKey('raw', Buffer.from(x448.A, 'hex'), 'X448', true, []);
  const bobPub = await subtle.importKey('raw', Buffer.from(x448.B, 'hex'), { name: 'X448' }, true, []);
  print('x448 keys', alice.algorithm, alice.usages, bob.usages, bobPub.usages);
  print('x448 rfc7748 K', hex(await subtle.deriveBits({ name: 'X448', public: bobPub }, alice, 448)) === x448.K,
        hex(await subtle.deriveBits({ name: 'X448', public: alicePub }, bob, null)) === x448.K);
  print('x448 bits 64', hex(await subtle.deriveBits({ name: 'X448', public: bobPub }, alice, 64)));
  print('x448 bits 12', hex(await subtle.deriveBits({ name: 'X448', public: bobPub }, alice, 12)));
  await attempt('x448 too long', () => subtle.deriveBits({ name: 'X448', public: bobPub }, alice, 456));
  const k = await subtle.deriveKey({ name: 'X448', public: alicePub }, bob, { name: 'AES-GCM', length: 256 },
                                   true, ['encrypt']);
  print('x448 deriveKey', k.algorithm, hex(await subtle.exportKey('raw', k)) === x448.K.slice(0, 64));
  print('x448 export raw', hex(await subtle.exportKey('raw', alicePub)) === x448.A);
  print('x448 export spki', hex(await subtle.exportKey('spki', alicePub)));
  print('x448 export jwk', await subtle.exportKey('jwk', alice));
  print('x448 export pkcs8', hex(await subtle.exportKey('pkcs8', bob)));
  await attempt('x448 bad usage', () => subtle.importKey('raw', Buffer.from(x448.A, 'hex'), 'X448', true, ['deriveBits']));
  await attempt('x448 mismatched public', async () => {
    const edPub = await subtle.importKey('raw', Buffer.from(ed.x, 'hex'), 'Ed448', true, ['verify']);
    return subtle.deriveBits({ name: 'X448', public: edPub }, alice, 448);
  });
  const pair = await subtle.generateKey('X448', false, ['deriveBits']);
  print('x448 generate', Object.keys(pair), pair.privateKey.extractable, pair.publicKey.extractable,
        pair.publicKey.usages, (await subtle.deriveBits({ name: 'X448', public: pair.publicKey },
                                                         pair.privateKey, 448)).byteLength);
}

async function aesCtr() {
  // NIST SP 800-38A F.5.1/F.5.3/F.5.5 (CTR-AES128/192/256.Encrypt).
  const pt = '6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710';
  const counter = Buffer.from('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff', 'hex');
  const vectors = [
    ['2b7e151628aed2a6abf7158809cf4f3c', '874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff5ae4df3edbd5d35e5b4f09020db03eab1e031dda2fbe03d1792170a0f3009cee'],
    ['8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b', '1abc932417521ca24f2b0459fe7e6e0b090339ec0aa6faefd5ccc2c6f4ce8e941e36b26bd1ebc670d1bd1d665620abf74f78a7f6d29809585a97daec58c6b050'],
    ['603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4', '601ec313775789a5b7a7f504bbf3d228f443e3ca4d62b59aca84e990cacaf5c52b0930daa23de94ce87017ba2d84988ddfc9c58db67aada613c2dd08457941a6'],
  ];
  for (const [key, ct] of vectors) {
    const k = await subtle.importKey('raw', Buffer.from(key, 'hex'), 'AES-CTR', true, ['encrypt', 'decrypt']);
    for (const length of [128, 64, 32]) {
      const c = await subtle.encrypt({ name: 'AES-CTR', counter, length }, k, Buffer.from(pt, 'hex'));
      const p = await subtle.decrypt({ name: 'AES-CTR', counter, length }, k, Buffer.from(ct, 'hex'));
      print('ctr nist', key.length * 4, length, hex(c) === ct, hex(p) === pt);
    }
  }
  // Counters that wrap: Node keeps the nonce bits and restarts the counter bits at zero.
  const k = await subtle.importKey('raw', Buffer.from(vectors[0][0], 'hex'), 'AES-CTR', false, ['encrypt', 'decrypt']);
  const data = Buffer.from(pt + pt.slice(0, 40), 'hex');
  for (const length of [1, 2, 3, 8, 9, 16, 63, 64, 127]) {
    await attempt(`ctr wrap ${length}`, async () => {
      const c = await subtle.encrypt({ name: 'AES-CTR', counter, length }, k, data);
      const back = await subtle.decrypt({ name: 'AES-CTR', counter, length }, k, c);
      return `${hex(c)} ${Buffer.from(back).equals(data)}`;
    });
  }
  for (const [c, length] of [['00000000000000000000000000000003', 2], ['ffffffffffffffffffffffffffffffff', 128],
    ['0102030405060708090a0b0c0d0e0f10', 4], ['000000000000000000000000000000fe', 8]]) {
    await attempt(`ctr counter ${c} ${length}`, () => subtle.encrypt({ name: 'AES-CTR', counter: Buffer.from(c, 'hex'), length },
                                                                      k, Buffer.alloc(60, 1)));
  }
  await attempt('ctr exactly 2^length blocks', () => subtle.encrypt({ name: 'AES-CTR', counter: Buffer.alloc(16, 0xff), length: 2 }, k, Buffer.alloc(64)));
  await attempt('ctr empty', () => subtle.encrypt({ name: 'AES-CTR', counter, length: 1 }, k, Buffer.alloc(0)));
  await attempt('ctr length 0', () => subtle.encrypt({ name: 'AES-CTR', counter, length: 0 }, k, Buffer.alloc(8)));
  await attempt('ctr length 129', () => subtle.encrypt({ name: 'AES-CTR', counter, length: 129 }, k, Buffer.alloc(8)));
  await attempt('ctr counter 15', () => subtle.encrypt({ name: 'AES-CTR', counter: Buffer.alloc(15), length: 8 }, k, Buffer.alloc(8)));
  await attempt('ctr no counter', () => subtle.encrypt({ name: 'AES-CTR', length: 8 }, k, Buffer.alloc(8)));
  await attempt('ctr no length', () => subtle.encrypt({ name: 'AES-CTR', counter }, k, Buffer.alloc(8)));
}

async function normalization() {
  const k = await subtle.importKey('raw', Buffer.alloc(16), 'AES-CBC', true, ['encrypt']);
  await attempt('cbc no iv', () => subtle.encrypt({ name: 'AES-CBC' }, k, Buffer.alloc(8)));
  await attempt('cbc short iv', () => subtle.encrypt({ name: 'AES-CBC', iv: Buffer.alloc(15) }, k, Buffer.alloc(8)));
  await attempt('gcm no iv', () => subtle.encrypt({ name: 'AES-GCM' }, k, Buffer.alloc(8)));
  await attempt('unknown', () => subtle.encrypt({ name: 'FOO' }, k, Buffer.alloc(8)));
  await attempt('encrypt with HMAC', () => subtle.encrypt({ name: 'HMAC' }, k, Buffer.alloc(8)));
  await attempt('digest SHA-3', () => subtle.digest('SHA-3', Buffer.alloc(1)));
  await attempt('digest HMAC', () => subtle.digest('HMAC', Buffer.alloc(1)));
  await attempt('generate HKDF', () => subtle.generateKey('HKDF', false, ['deriveBits']));
  await attempt('generate AES no length', () => subtle.generateKey({ name: 'AES-GCM' }, false, ['encrypt']));
  await attempt('generate ECDSA no curve', () => subtle.generateKey({ name: 'ECDSA' }, false, ['sign']));
  await attempt('generate RSA no hash', () => subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]) }, false, ['sign']));
  await attempt('generate HMAC no hash', () => subtle.generateKey({ name: 'HMAC' }, false, ['sign']));
  await attempt('import HMAC no hash', () => subtle.importKey('raw', Buffer.alloc(16), { name: 'HMAC' }, false, ['sign']));
  await attempt('import ECDH no curve', () => subtle.importKey('raw', Buffer.alloc(65), { name: 'ECDH' }, false, []));
  await attempt('sign ECDSA no hash', async () => {
    const p = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
    return subtle.sign({ name: 'ECDSA' }, p.privateKey, Buffer.alloc(1));
  });
  await attempt('sign RSA-PSS no saltLength', async () => {
    const p = await subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, false, ['sign']);
    return subtle.sign({ name: 'RSA-PSS' }, p.privateKey, Buffer.alloc(1));
  });
  await attempt('deriveBits HKDF no salt', async () => {
    const h = await subtle.importKey('raw', Buffer.alloc(16), 'HKDF', false, ['deriveBits']);
    return subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', info: Buffer.alloc(0) }, h, 128);
  });
  await attempt('deriveBits PBKDF2 no iterations', async () => {
    const h = await subtle.importKey('raw', Buffer.alloc(16), 'PBKDF2', false, ['deriveBits']);
    return subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: Buffer.alloc(8) }, h, 128);
  });
  await attempt('deriveBits ECDH no public', async () => {
    const p = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
    return subtle.deriveBits({ name: 'ECDH' }, p.privateKey, 128);
  });
  await attempt('deriveKey AES no length', async () => {
    const h = await subtle.importKey('raw', Buffer.alloc(16), 'HKDF', false, ['deriveKey']);
    return subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: Buffer.alloc(0), info: Buffer.alloc(0) }, h,
                            { name: 'AES-GCM' }, false, ['encrypt']);
  });
  await attempt('sign with encrypt key', () => subtle.sign('HMAC', k, Buffer.alloc(1)));
}

(async () => {
  await ed448();
  await x448vectors();
  await aesCtr();
  await normalization();
})();
