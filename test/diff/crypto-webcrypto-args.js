'use strict';
// SubtleCrypto argument conversion and key import/export edge cases, with Node's messages: missing
// arguments, KeyFormat/KeyUsage enums, CryptoKey and BufferSource arguments, algorithms without a
// name, non-extractable keys, formats a key type cannot use, JWK kty/alg/ext checks, key lengths.
const { subtle } = globalThis.crypto;
const { print } = require('./_print');

async function attempt(label, fn) {
  try {
    const r = await fn();
    print(label, 'ok', r instanceof ArrayBuffer ? Buffer.from(r).toString('hex') : r);
  } catch (e) {
    print(label, e.name, e.code, e.message);
  }
}

(async () => {
  for (const m of ['digest', 'generateKey', 'importKey', 'exportKey', 'sign', 'verify', 'encrypt', 'decrypt',
    'deriveBits', 'deriveKey', 'wrapKey', 'unwrapKey']) {
    await attempt(`${m}()`, () => subtle[m]());
  }
  const k = await subtle.importKey('raw', Buffer.alloc(16), 'AES-GCM', true, ['encrypt']);
  await attempt('export 1 arg', () => subtle.exportKey('raw'));
  await attempt('export bad format', () => subtle.exportKey('foo', k));
  await attempt('export format object', () => subtle.exportKey({}, k));
  await attempt('export not a key', () => subtle.exportKey('raw', {}));
  await attempt('digest string data', () => subtle.digest('SHA-256', 'abc'));
  await attempt('digest number algorithm', () => subtle.digest(5, Buffer.alloc(1)));
  await attempt('digest no name', () => subtle.digest({}, Buffer.alloc(1)));
  await attempt('digest numeric name', () => subtle.digest({ name: 1 }, Buffer.alloc(1)));
  await attempt('digest view', () => subtle.digest('sha-1', new DataView(new ArrayBuffer(3))));
  await attempt('import bad usage', () => subtle.importKey('raw', Buffer.alloc(16), 'AES-GCM', true, ['foo']));
  await attempt('import usages string', () => subtle.importKey('raw', Buffer.alloc(16), 'AES-GCM', true, 'encrypt'));
  await attempt('import usages missing', () => subtle.importKey('raw', Buffer.alloc(16), 'AES-GCM', true));
  await attempt('import string data', () => subtle.importKey('raw', 'abc', 'AES-GCM', true, ['encrypt']));
  await attempt('import usages set', async () => (await subtle.importKey('raw', Buffer.alloc(16), 'AES-GCM', true,
                                                                           new Set(['decrypt', 'encrypt']))).usages);
  await attempt('generate usages number', () => subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, [1]));
  await attempt('generate usages null', () => subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, null));
  await attempt('generate 2 args', () => subtle.generateKey({ name: 'AES-GCM', length: 128 }, true));
  await attempt('encrypt string data', () => subtle.encrypt({ name: 'AES-GCM', iv: Buffer.alloc(12) }, k, 'abc'));
  await attempt('sign not a key', () => subtle.sign('HMAC', {}, Buffer.alloc(1)));
  await attempt('deriveBits not a key', () => subtle.deriveBits({ name: 'HKDF' }, 'x'));
  await attempt('unwrapKey 2 args', () => subtle.unwrapKey('raw', 'x'));
  await attempt('export non-extractable', async () =>
    subtle.exportKey('raw', await subtle.importKey('raw', Buffer.alloc(16), 'AES-GCM', false, ['encrypt'])));
  await attempt('export spki of a secret', () => subtle.exportKey('spki', k));
  await attempt('export jwk', () => subtle.exportKey('jwk', k));
  await attempt('import jwk kty', () => subtle.importKey('jwk', { kty: 'RSA' }, 'AES-GCM', true, ['encrypt']));
  await attempt('import jwk alg', () => subtle.importKey('jwk', { kty: 'oct', k: 'AAAAAAAAAAAAAAAAAAAAAA', alg: 'A256GCM' },
                                                        'AES-GCM', true, ['encrypt']));
  await attempt('import jwk alg ok', async () => (await subtle.importKey('jwk', { kty: 'oct', k: 'AAAAAAAAAAAAAAAAAAAAAA', alg: 'A128GCM' },
                                                                        'AES-GCM', true, ['encrypt'])).algorithm);
  await attempt('import jwk ext', () => subtle.importKey('jwk', { kty: 'oct', k: 'AAAAAAAAAAAAAAAAAAAAAA', ext: false },
                                                        'AES-GCM', true, ['encrypt']));
  await attempt('import jwk hmac alg', () => subtle.importKey('jwk', { kty: 'oct', k: 'AAAA', alg: 'HS512' },
                                                             { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']));
  await attempt('import aes length', () => subtle.importKey('raw', Buffer.alloc(15), 'AES-GCM', true, ['encrypt']));
  await attempt('import hmac empty', () => subtle.importKey('raw', Buffer.alloc(0), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']));
  await attempt('import spki aes', () => subtle.importKey('spki', Buffer.alloc(16), 'AES-GCM', true, ['encrypt']));
  await attempt('import hkdf extractable', () => subtle.importKey('raw', Buffer.alloc(16), 'HKDF', true, ['deriveBits']));
  await attempt('import hkdf jwk', () => subtle.importKey('jwk', { kty: 'oct', k: 'AAAA' }, 'HKDF', false, ['deriveBits']));
})();
