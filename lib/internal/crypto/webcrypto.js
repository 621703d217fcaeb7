'use strict';
// globalThis.crypto: Crypto (getRandomValues, randomUUID, subtle), SubtleCrypto, CryptoKey.
// SubtleCrypto runs on node:crypto's primitives; each operation settles a promise.

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_THIS,
    ERR_ILLEGAL_CONSTRUCTOR,
  },
} = require('internal/errors');
const { lazyDOMException } = require('internal/crypto/webidl');
const { binding, isAnyArrayBuffer, isArrayBufferView } = require('internal/crypto/util');

const kConstruct = Symbol('kConstruct');
const kAlgorithm = Symbol('kAlgorithm');
const kExtractable = Symbol('kExtractable');
const kUsages = Symbol('kUsages');
const kNormalized = Symbol('kNormalized');

function illegal() {
  return ERR_ILLEGAL_CONSTRUCTOR ? new ERR_ILLEGAL_CONSTRUCTOR() : new TypeError('Illegal constructor');
}

class Crypto {
  constructor(key) {
    if (key !== kConstruct) throw illegal();
  }

  get subtle() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    if (arguments.length < 1) {
      const e = new TypeError('The "typedArray" argument must be specified');
      e.code = 'ERR_MISSING_ARGS';
      throw e;
    }
    // Node's quota message (the type checks stay with random.getRandomValues).
    if (isArrayBufferView(array) && !(array instanceof Float32Array) && !(array instanceof Float64Array) &&
        !(array instanceof DataView) && array.byteLength > 65536) {
      throw lazyDOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
    }
    return require('internal/crypto/random').getRandomValues(array);
  }

  randomUUID() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return require('internal/crypto/random').randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, {
  value: 'Crypto', configurable: true,
});

// ---- CryptoKey ----
function keys() { return require('internal/crypto/keys'); }

const { JSTransferable, kClone, registerCloneFactory } = require('internal/worker/js_transferable');

class CryptoKey extends JSTransferable {
  constructor(key) {
    if (key !== kConstruct) throw illegal();
    super();
  }

  [kClone]() {
    return {
      data: {
        keyObject: this[keys().kKeyObject],
        algorithm: this[kAlgorithm],
        extractable: this[kExtractable],
        usages: this[kUsages],
      },
      deserializeInfo: 'internal/crypto/webcrypto:CryptoKey',
    };
  }

  get type() { return checkThis(this)[keys().kKeyObject].type; }
  get extractable() { return checkThis(this)[kExtractable]; }
  get algorithm() { return checkThis(this)[kAlgorithm]; }
  get usages() { return checkThis(this)[kUsages]; }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    const { inspect } = require('util');
    return `CryptoKey ${inspect({
      type: this.type,
      extractable: this.extractable,
      algorithm: this.algorithm,
      usages: this.usages,
    }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, {
  value: 'CryptoKey', configurable: true,
});

function checkThis(key) {
  if (!(key instanceof CryptoKey)) throw new ERR_INVALID_THIS('CryptoKey');
  return key;
}

function makeKey(keyObject, algorithm, extractable, usages) {
  const k = new CryptoKey(kConstruct);
  k[keys().kKeyObject] = keyObject;
  k[kAlgorithm] = algorithm;
  k[kExtractable] = extractable;
  k[kUsages] = usages;
  return k;
}

registerCloneFactory('CryptoKey', ({ keyObject, algorithm, extractable, usages }) =>
  makeKey(keyObject, algorithm, extractable, usages));

// ---- algorithm names ----
const kNames = ['AES-GCM', 'AES-CBC', 'AES-CTR', 'AES-KW', 'HMAC', 'ECDSA', 'ECDH', 'RSA-PSS',
  'RSA-OAEP', 'RSASSA-PKCS1-v1_5', 'Ed25519', 'X25519', 'Ed448', 'X448', 'HKDF', 'PBKDF2', 'SHA-1', 'SHA-256',
  'SHA-384', 'SHA-512'];
const kNameMap = new Map(kNames.map((n) => [n.toLowerCase(), n]));
const kHashes = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
const kHashBytes = { sha1: 20, sha256: 32, sha384: 48, sha512: 64 };
const kCurves = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };

// The WebIDL dictionary of each (operation, algorithm) and its required members, as Node checks
// them while normalizing an algorithm.
const kAesKeyGen = ['AesKeyGenParams', 'length'];
const kDicts = {
  encrypt: {
    'AES-CTR': ['AesCtrParams', 'counter', 'length'], 'AES-CBC': ['AesCbcParams', 'iv'],
    'AES-GCM': ['AesGcmParams', 'iv'], 'RSA-OAEP': ['RsaOaepParams'],
  },
  sign: {
    'ECDSA': ['EcdsaParams', 'hash'], 'RSA-PSS': ['RsaPssParams', 'saltLength'],
    'RSASSA-PKCS1-v1_5': ['Algorithm'], 'HMAC': ['Algorithm'], 'Ed25519': ['Algorithm'],
    'Ed448': ['Ed448Params'],
  },
  generateKey: {
    'AES-CTR': kAesKeyGen, 'AES-CBC': kAesKeyGen, 'AES-GCM': kAesKeyGen, 'AES-KW': kAesKeyGen,
    'HMAC': ['HmacKeyGenParams', 'hash'],
    'ECDSA': ['EcKeyGenParams', 'namedCurve'], 'ECDH': ['EcKeyGenParams', 'namedCurve'],
    'RSA-PSS': ['RsaHashedKeyGenParams', 'modulusLength', 'publicExponent', 'hash'],
    'RSA-OAEP': ['RsaHashedKeyGenParams', 'modulusLength', 'publicExponent', 'hash'],
    'RSASSA-PKCS1-v1_5': ['RsaHashedKeyGenParams', 'modulusLength', 'publicExponent', 'hash'],
    'Ed25519': ['Algorithm'], 'X25519': ['Algorithm'], 'Ed448': ['Algorithm'], 'X448': ['Algorithm'],
  },
  importKey: {
    'AES-CTR': ['Algorithm'], 'AES-CBC': ['Algorithm'], 'AES-GCM': ['Algorithm'], 'AES-KW': ['Algorithm'],
    'HMAC': ['HmacImportParams', 'hash'],
    'ECDSA': ['EcKeyImportParams', 'namedCurve'], 'ECDH': ['EcKeyImportParams', 'namedCurve'],
    'RSA-PSS': ['RsaHashedImportParams', 'hash'], 'RSA-OAEP': ['RsaHashedImportParams', 'hash'],
    'RSASSA-PKCS1-v1_5': ['RsaHashedImportParams', 'hash'],
    'Ed25519': ['Algorithm'], 'X25519': ['Algorithm'], 'Ed448': ['Algorithm'], 'X448': ['Algorithm'],
    'HKDF': ['Algorithm'], 'PBKDF2': ['Algorithm'],
  },
  deriveBits: {
    'ECDH': ['EcdhKeyDeriveParams', 'public'], 'X25519': ['EcdhKeyDeriveParams', 'public'],
    'X448': ['EcdhKeyDeriveParams', 'public'], 'HKDF': ['HkdfParams', 'hash', 'salt', 'info'],
    'PBKDF2': ['Pbkdf2Params', 'salt', 'iterations', 'hash'],
  },
  digest: { 'SHA-1': ['Algorithm'], 'SHA-256': ['Algorithm'], 'SHA-384': ['Algorithm'], 'SHA-512': ['Algorithm'] },
  wrapKey: { 'AES-KW': ['Algorithm'] },
  'get key length': {
    'AES-CTR': ['AesDerivedKeyParams', 'length'], 'AES-CBC': ['AesDerivedKeyParams', 'length'],
    'AES-GCM': ['AesDerivedKeyParams', 'length'], 'AES-KW': ['AesDerivedKeyParams', 'length'],
    'HMAC': ['HmacImportParams', 'hash'], 'HKDF': ['Algorithm'], 'PBKDF2': ['Algorithm'],
  },
};
kDicts.decrypt = kDicts.encrypt;
kDicts.verify = kDicts.sign;
kDicts.unwrapKey = kDicts.wrapKey;

// Node's experimental Web Crypto algorithms warn once each.
const kExperimental = new Set(['Ed448', 'X448']);
const warned = new Set();

function normalize(algorithm, op) {
  if (typeof algorithm === 'string') algorithm = { name: algorithm };
  if (typeof algorithm !== 'object' || algorithm === null) {
    throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
  }
  if (algorithm.name === undefined) {
    const e = new TypeError('Failed to normalize algorithm: passed algorithm can not be converted to ' +
                            "'Algorithm' because 'name' is required in 'Algorithm'.");
    e.code = 'ERR_MISSING_OPTION';
    throw e;
  }
  const name = kNameMap.get(String(algorithm.name).toLowerCase());
  if (name === undefined) throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
  const out = { ...algorithm, name };
  if (op !== undefined) {
    const table = op === 'wrapKey' || op === 'unwrapKey' ? { ...kDicts.encrypt, ...kDicts.wrapKey } :
      kDicts[op];
    const dict = table[name];
    if (dict === undefined) throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
    convertMembers(out, dict);
  }
  if (kExperimental.has(name) && !warned.has(name)) {
    warned.add(name);
    process.emitWarning(`The ${name} Web Crypto API algorithm is an experimental feature and might ` +
                        'change at any time', 'ExperimentalWarning');
  }
  // With an operation, the dictionary conversion normalised `hash` where the dictionary has one.
  if (op === undefined && out.hash !== undefined) out.hash = normalizeHash(out.hash);
  return out;
}

// Member types of the dictionaries (WebIDL): o octet, s unsigned short, l unsigned long (all
// [EnforceRange]), b BufferSource, u Uint8Array (BigInteger), k CryptoKey, S DOMString, h hash.
const kMemberTypes = {
  AesKeyGenParams: { length: 's' },
  AesDerivedKeyParams: { length: 's' },
  AesCtrParams: { counter: 'b', length: 'o' },
  AesCbcParams: { iv: 'b' },
  AesGcmParams: { additionalData: 'b', iv: 'b', tagLength: 'o' },
  RsaOaepParams: { label: 'b' },
  RsaPssParams: { saltLength: 'l' },
  EcdsaParams: { hash: 'h' },
  EcKeyGenParams: { namedCurve: 'S' },
  EcKeyImportParams: { namedCurve: 'S' },
  RsaHashedKeyGenParams: { hash: 'h', modulusLength: 'l', publicExponent: 'u' },
  RsaHashedImportParams: { hash: 'h' },
  HmacKeyGenParams: { hash: 'h', length: 'l' },
  HmacImportParams: { hash: 'h', length: 'l' },
  EcdhKeyDeriveParams: { public: 'k' },
  HkdfParams: { hash: 'h', info: 'b', salt: 'b' },
  Pbkdf2Params: { hash: 'h', iterations: 'l', salt: 'b' },
  Ed448Params: { context: 'b' },
};
const kIntegerMax = { o: 255, s: 65535, l: 4294967295 };

function memberError(code, member, dict, message) {
  const e = new TypeError(`Failed to normalize algorithm: '${member}' of '${dict}' (passed algorithm) ${message}`);
  e.code = code;
  return e;
}

// Converts `out`'s members of dictionary `dict` ([name, ...required members]) in WebIDL order
// (sorted by name): a missing required member or a value of the wrong type throws Node's TypeError.
function convertMembers(out, dict) {
  const [dictName, ...required] = dict;
  const types = kMemberTypes[dictName] || {};
  const members = [...new Set([...required, ...Object.keys(types)])].sort();
  for (const m of members) {
    const v = out[m];
    if (v === undefined) {
      if (required.includes(m)) {
        const e = new TypeError('Failed to normalize algorithm: passed algorithm can not be converted to ' +
                                `'${dictName}' because '${m}' is required in '${dictName}'.`);
        e.code = 'ERR_MISSING_OPTION';
        throw e;
      }
      continue;
    }
    const type = types[m];
    if (type === 'h') {
      out[m] = normalizeHash(v);
    } else if (type in kIntegerMax) {
      const n = Number(v);
      if (!Number.isFinite(n)) throw memberError('ERR_INVALID_ARG_TYPE', m, dictName, 'is not a finite number.');
      const x = Math.trunc(n);
      if (x < 0 || x > kIntegerMax[type]) {
        throw memberError('ERR_OUT_OF_RANGE', m, dictName,
                          `is outside the expected range of 0 to ${kIntegerMax[type]}.`);
      }
      out[m] = x;
    } else if (type === 'b') {
      if (!isAnyArrayBuffer(v) && !isArrayBufferView(v)) {
        throw memberError('ERR_INVALID_ARG_TYPE', m, dictName,
                          'is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
      }
    } else if (type === 'u') {
      if (!(v instanceof Uint8Array)) throw memberError('ERR_INVALID_ARG_TYPE', m, dictName, 'is not an Uint8Array object.');
    } else if (type === 'k') {
      if (!(v instanceof CryptoKey)) throw memberError('ERR_INVALID_ARG_TYPE', m, dictName, 'is not of type CryptoKey.');
    } else if (type === 'S') {
      out[m] = `${v}`;
    }
  }
}

function normalizeHash(hash) {
  const h = normalize(hash);
  if (kHashes[h.name] === undefined) {
    throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
  }
  return { name: h.name };
}

function bytes(data, name = 'data') {
  if (isAnyArrayBuffer(data)) return Buffer.from(new Uint8Array(data.slice(0)));
  if (isArrayBufferView(data)) {
    return Buffer.from(new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice());
  }
  const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
  throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data);
}

function toAB(buf) {
  const u8 = buf instanceof ArrayBuffer ? new Uint8Array(buf) : buf;
  return u8.buffer.slice(u8.byteOffset, u8.byteOffset + u8.byteLength);
}

function operationError(message = 'The operation failed for an operation-specific reason', cause) {
  const e = lazyDOMException(message, 'OperationError');
  if (cause !== undefined) Object.defineProperty(e, 'cause', { value: cause, configurable: true, writable: true });
  return e;
}

// The KeyObject of a CryptoKey that is of algorithm `name` and allows `usage`; otherwise
// Node's InvalidAccessError for the operation (`message`).
function checkKey(key, name, usage, message = `Unable to use this key to ${usage}`) {
  if (!(key instanceof CryptoKey)) {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
  }
  if ((usage !== undefined && !key.usages.includes(usage)) ||
      (name !== undefined && key.algorithm.name !== name)) {
    throw lazyDOMException(message, 'InvalidAccessError');
  }
  return key[keys().kKeyObject];
}

function filterUsages(usages, allowed) {
  return usages.filter((u) => allowed.includes(u));
}

// Node's wording: "an AES", "an HMAC", "a RSA"; EC and OKP names take "an" when generating and
// "a" when importing.
function usageKind(name, generating) {
  if (name.startsWith('AES-')) return 'an AES';
  if (name === 'HMAC') return 'an HMAC';
  if (name.startsWith('RSA')) return 'a RSA';
  return `${generating ? 'an' : 'a'} ${name}`;
}

function checkUsages(usages, allowed, name, generating) {
  for (const u of usages) {
    if (!allowed.includes(u)) {
      throw lazyDOMException(`Unsupported key usage for ${usageKind(name, generating)} key`, 'SyntaxError');
    }
  }
}

const kSecretUsages = {
  'AES-GCM': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'AES-CBC': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'AES-CTR': ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
  'AES-KW': ['wrapKey', 'unwrapKey'],
  'HMAC': ['sign', 'verify'],
  'HKDF': ['deriveKey', 'deriveBits'],
  'PBKDF2': ['deriveKey', 'deriveBits'],
};
const kPairUsages = {
  'ECDSA': [['verify'], ['sign']],
  'Ed25519': [['verify'], ['sign']],
  'Ed448': [['verify'], ['sign']],
  'RSA-PSS': [['verify'], ['sign']],
  'RSASSA-PKCS1-v1_5': [['verify'], ['sign']],
  'RSA-OAEP': [['encrypt', 'wrapKey'], ['decrypt', 'unwrapKey']],
  'ECDH': [[], ['deriveKey', 'deriveBits']],
  'X25519': [[], ['deriveKey', 'deriveBits']],
  'X448': [[], ['deriveKey', 'deriveBits']],
};

function hmacDefaultLength(hash) {
  return hash === 'SHA-384' || hash === 'SHA-512' ? 1024 : 512;
}

function asymAlgorithm(alg, keyObject) {
  const d = keyObject.asymmetricKeyDetails;
  switch (alg.name) {
    case 'ECDSA': case 'ECDH':
      return { name: alg.name, namedCurve: alg.namedCurve };
    case 'Ed25519': case 'X25519': case 'Ed448': case 'X448':
      return { name: alg.name };
    default: {
      const e = d.publicExponent;
      let hex = e.toString(16);
      if (hex.length % 2) hex = '0' + hex;
      return {
        name: alg.name,
        modulusLength: d.modulusLength,
        publicExponent: new Uint8Array(Buffer.from(hex, 'hex')),
        hash: alg.hash,
      };
    }
  }
}

// ---- operations ----
// A key pair from node:crypto's generateKeyPair (the uv threadpool, as Node's jobs).
function generatePair(crypto, type, options) {
  return new Promise((resolve, reject) => {
    crypto.generateKeyPair(type, options, (err, publicKey, privateKey) => {
      if (err) reject(err);
      else resolve({ publicKey, privateKey });
    });
  });
}

async function generateKeyImpl(algorithm, extractable, usages) {
  const alg = normalize(algorithm, 'generateKey');
  const crypto = require('crypto');
  const { name } = alg;
  if (kSecretUsages[name] && name !== 'HKDF' && name !== 'PBKDF2') {
    checkUsages(usages, kSecretUsages[name], name, true);
    if (usages.length === 0) throw lazyDOMException('Usages cannot be empty when creating a key.', 'SyntaxError');
    let length;
    let keyAlg;
    if (name === 'HMAC') {
      if (alg.length !== undefined && alg.length % 8) {
        throw lazyDOMException('Unsupported algorithm.length', 'NotSupportedError');
      }
      if (alg.length === 0) throw lazyDOMException('Zero-length key is not supported', 'DataError');
      length = alg.length ?? hmacDefaultLength(alg.hash.name);
      keyAlg = { name, length, hash: alg.hash };
    } else {
      length = alg.length;
      if (![128, 192, 256].includes(length)) {
        throw lazyDOMException('AES key length must be 128, 192, or 256 bits', 'OperationError');
      }
      keyAlg = { name, length };
    }
    const ko = crypto.createSecretKey(crypto.randomBytes(Math.ceil(length / 8)));
    return makeKey(ko, keyAlg, extractable, usages);
  }
  const pairUsages = kPairUsages[name];
  if (!pairUsages) throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
  checkUsages(usages, [...pairUsages[0], ...pairUsages[1]], name, true);
  let pair;
  switch (name) {
    case 'ECDSA': case 'ECDH': {
      const curve = kCurves[alg.namedCurve];
      if (!curve) throw lazyDOMException('Unrecognized namedCurve', 'NotSupportedError');
      pair = await generatePair(crypto, 'ec', { namedCurve: curve });
      break;
    }
    case 'Ed25519': case 'X25519': case 'Ed448': case 'X448':
      pair = await generatePair(crypto, name.toLowerCase(), {});
      break;
    default: {
      const e = Buffer.from(alg.publicExponent || [1, 0, 1]);
      let exp = 0;
      for (const b of e) exp = exp * 256 + b;
      try {
        pair = await generatePair(crypto, 'rsa', { modulusLength: alg.modulusLength, publicExponent: exp });
      } catch (err) {
        throw operationError(undefined, err);
      }
    }
  }
  const privUsages = filterUsages(usages, pairUsages[1]);
  if (privUsages.length === 0) throw lazyDOMException('Usages cannot be empty when creating a key.', 'SyntaxError');
  const keyAlg = asymAlgorithm(alg, pair.publicKey);
  const privateKey = makeKey(pair.privateKey, keyAlg, extractable, privUsages);
  const publicKey = makeKey(pair.publicKey, keyAlg, true, filterUsages(usages, pairUsages[0]));
  // Node builds the pair in this member order: private first for the OKP algorithms only.
  return keyFamily(name) === 'okp' ? { __proto__: null, privateKey, publicKey } :
    { __proto__: null, publicKey, privateKey };
}

function keyFamily(name) {
  if (name.startsWith('RSA')) return 'rsa';
  if (name === 'ECDSA' || name === 'ECDH') return 'ec';
  return 'okp';
}

const kJwkKty = { rsa: 'RSA', ec: 'EC', okp: 'OKP' };
const kEcJwkAlg = { 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' };

// The JWK members Node checks against the requested algorithm before importing.
function checkJwk(jwk, alg, family, extractable) {
  if (jwk === null || typeof jwk !== 'object') throw lazyDOMException('Invalid keyData', 'DataError');
  if (jwk.kty !== kJwkKty[family]) throw lazyDOMException('Invalid JWK "kty" Parameter', 'DataError');
  if (jwk.ext !== undefined && jwk.ext === false && extractable) {
    throw lazyDOMException('JWK "ext" Parameter and extractable mismatch', 'DataError');
  }
  if (family === 'okp' && jwk.crv !== alg.name) {
    throw lazyDOMException('JWK "crv" Parameter and algorithm name mismatch', 'DataError');
  }
  if (family === 'ec' && jwk.crv !== alg.namedCurve) {
    throw lazyDOMException('JWK "crv" does not match the requested algorithm', 'DataError');
  }
  if (jwk.alg !== undefined) {
    const expected = family === 'rsa' ? jwkAlg(alg) : alg.name === 'ECDSA' ? kEcJwkAlg[alg.namedCurve] : undefined;
    if (expected !== undefined && jwk.alg !== expected) {
      throw lazyDOMException('JWK "alg" does not match the requested algorithm', 'DataError');
    }
  }
}

function importKeyImpl(format, keyData, algorithm, extractable, usages) {
  const alg = normalize(algorithm, 'importKey');
  const crypto = require('crypto');
  const { name } = alg;
  if (kSecretUsages[name]) {
    checkUsages(usages, kSecretUsages[name], name, false);
    if (usages.length === 0) {
      throw lazyDOMException('Usages cannot be empty when importing a secret key.', 'SyntaxError');
    }
    let raw;
    if (format === 'raw') {
      raw = bytes(keyData, 'keyData');
    } else if (format === 'jwk' && name !== 'HKDF' && name !== 'PBKDF2') {
      if (keyData?.kty !== 'oct') throw lazyDOMException('Invalid JWK "kty" Parameter', 'DataError');
      if (keyData.ext !== undefined && keyData.ext === false && extractable) {
        throw lazyDOMException('JWK "ext" Parameter and extractable mismatch', 'DataError');
      }
      raw = Buffer.from(`${keyData.k}`, 'base64url');
      if (keyData.alg !== undefined) {
        const expected = name === 'HMAC' ? `HS${alg.hash.name.slice(4)}` :
          `A${raw.length * 8}${name.slice(4)}`;
        if (keyData.alg !== expected) {
          throw lazyDOMException('JWK "alg" does not match the requested algorithm', 'DataError');
        }
      }
    } else {
      throw lazyDOMException(`Unable to import ${name} using ${format} format`, 'NotSupportedError');
    }
    let keyAlg;
    if (name === 'HMAC') {
      if (raw.length === 0) throw lazyDOMException('Zero-length key is not supported', 'DataError');
      keyAlg = { name, hash: alg.hash, length: alg.length ?? raw.length * 8 };
    } else if (name === 'HKDF' || name === 'PBKDF2') {
      if (extractable) throw lazyDOMException(`${name} keys are not extractable`, 'SyntaxError');
      keyAlg = { name };
    } else {
      if (![16, 24, 32].includes(raw.length)) {
        throw lazyDOMException('Invalid key length', 'DataError');
      }
      keyAlg = { name, length: raw.length * 8 };
    }
    return makeKey(crypto.createSecretKey(raw), keyAlg, extractable, usages);
  }
  const pairUsages = kPairUsages[name];
  if (!pairUsages) throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
  const family = keyFamily(name);
  if (format === 'jwk') checkJwk(keyData, alg, family, extractable);
  let ko;
  try {
    switch (format) {
      case 'spki':
        ko = crypto.createPublicKey({ key: bytes(keyData, 'keyData'), format: 'der', type: 'spki' });
        break;
      case 'pkcs8':
        ko = crypto.createPrivateKey({ key: bytes(keyData, 'keyData'), format: 'der', type: 'pkcs8' });
        break;
      case 'jwk':
        ko = keyData.d !== undefined ? crypto.createPrivateKey({ key: keyData, format: 'jwk' }) :
          crypto.createPublicKey({ key: keyData, format: 'jwk' });
        break;
      case 'raw': {
        if (family === 'rsa') {
          throw lazyDOMException(`Unable to import ${name} using raw format`, 'NotSupportedError');
        }
        const raw = bytes(keyData, 'keyData');
        let h;
        if (name === 'ECDSA' || name === 'ECDH') {
          h = binding.fromRaw(`ec:${kCurves[alg.namedCurve]}`, raw, false);
        } else if (name === 'Ed25519' || name === 'X25519' || name === 'Ed448' || name === 'X448') {
          const size = { 'Ed25519': 32, 'X25519': 32, 'Ed448': 57, 'X448': 56 }[name];
          if (raw.length !== size) throw lazyDOMException(`${name} raw keys must be exactly ${size}-bytes`, 'DataError');
          h = binding.fromRaw(name.toUpperCase(), raw, false);
        }
        if (h === undefined) throw lazyDOMException('Invalid keyData', 'DataError');
        ko = new (keys().PublicKeyObject)(h);
        break;
      }
      default:
        throw lazyDOMException(`Unable to import ${name} using ${format} format`, 'NotSupportedError');
    }
  } catch (e) {
    if (e instanceof Error && e.name !== 'NotSupportedError' && e.name !== 'DataError') {
      throw lazyDOMException('Invalid keyData', 'DataError');
    }
    throw e;
  }
  const type = ko.asymmetricKeyType;
  if (family === 'rsa' ? type !== 'rsa' : family === 'ec' ? type !== 'ec' : type !== name.toLowerCase()) {
    throw lazyDOMException('Invalid key type', 'DataError');
  }
  if (family === 'ec' && ko.asymmetricKeyDetails.namedCurve !== kCurves[alg.namedCurve]) {
    throw lazyDOMException('Named curve mismatch', 'DataError');
  }
  const allowed = ko.type === 'public' ? pairUsages[0] : pairUsages[1];
  checkUsages(usages, allowed, name, false);
  if (ko.type === 'private' && usages.length === 0) {
    throw lazyDOMException('Usages cannot be empty when importing a private key.', 'SyntaxError');
  }
  return makeKey(ko, asymAlgorithm(alg, ko), extractable, usages);
}

function exportKeyImpl(format, key) {
  const ko = checkKey(key);
  if (!key.extractable) throw lazyDOMException('key is not extractable', 'InvalidAccessException');
  if (ko.type === 'secret') {
    const raw = ko.export();
    if (format === 'raw') return toAB(raw);
    if (format === 'jwk') {
      const jwk = { key_ops: key.usages, ext: key.extractable };
      const alg = key.algorithm;
      if (alg.name === 'HMAC') jwk.alg = `HS${alg.hash.name.slice(4)}`;
      else if (alg.name.startsWith('AES-')) jwk.alg = `A${alg.length}${alg.name.slice(4)}`;
      jwk.kty = 'oct';
      jwk.k = raw.toString('base64url');
      return jwk;
    }
  } else {
    switch (format) {
      case 'spki':
        if (ko.type === 'public') return toAB(ko.export({ type: 'spki', format: 'der' }));
        break;
      case 'pkcs8':
        if (ko.type === 'private') return toAB(ko.export({ type: 'pkcs8', format: 'der' }));
        break;
      case 'jwk': {
        const jwk = { key_ops: key.usages, ext: key.extractable };
        const alg = jwkAlg(key.algorithm);
        if (alg !== undefined) jwk.alg = alg;
        return Object.assign(jwk, ko.export({ format: 'jwk' }));
      }
      case 'raw':
        if (ko.type === 'public' && keyFamily(key.algorithm.name) !== 'rsa') {
          return toAB(Buffer.from(ko[keys().kHandle].rawPublic()));
        }
        break;
    }
  }
  throw lazyDOMException(`Unable to export ${key.algorithm.name} ${key.type} key using ${format} format`,
                         'NotSupportedError');
}

// The JWK "alg" of an asymmetric key (none for EC and ECDH-style keys).
function jwkAlg(algorithm) {
  const bits = algorithm.hash && algorithm.hash.name.slice(4);
  switch (algorithm.name) {
    case 'RSASSA-PKCS1-v1_5': return `RS${bits}`;
    case 'RSA-PSS': return `PS${bits}`;
    case 'RSA-OAEP': return bits === '1' ? 'RSA-OAEP' : `RSA-OAEP-${bits}`;
    case 'Ed25519': case 'Ed448': return algorithm.name;
    default: return undefined;
  }
}

function signVerify(isSign, algorithm, key, signature, data) {
  const alg = normalize(algorithm, 'sign');
  const ko = checkKey(key, alg.name, isSign ? 'sign' : 'verify');
  const crypto = require('crypto');
  data = bytes(data);
  const hash = key.algorithm.hash && kHashes[key.algorithm.hash.name];
  if (alg.name === 'HMAC') {
    const mac = crypto.createHmac(hash, ko).update(data).digest();
    if (isSign) return toAB(mac);
    const sig = bytes(signature, 'signature');
    return sig.length === mac.length && crypto.timingSafeEqual(sig, mac);
  }
  let digest = null;
  const opts = { key: ko };
  switch (alg.name) {
    case 'ECDSA':
      digest = kHashes[alg.hash.name];
      opts.dsaEncoding = 'ieee-p1363';
      break;
    case 'RSA-PSS':
      digest = hash;
      opts.padding = crypto.constants.RSA_PKCS1_PSS_PADDING;
      opts.saltLength = alg.saltLength;
      {
        // RFC 8017: emLen - hLen - 2 at most.
        const max = Math.ceil((key.algorithm.modulusLength - 1) / 8) - kHashBytes[hash] - 2;
        if (alg.saltLength > max) {
          const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
          throw operationError(undefined, new ERR_OUT_OF_RANGE('algorithm.saltLength', `>= 0 && <= ${max}`,
                                                               alg.saltLength));
        }
      }
      break;
    case 'RSASSA-PKCS1-v1_5':
      digest = hash;
      break;
    case 'Ed25519':
      break;
    case 'Ed448':
      if (alg.context !== undefined && bytes(alg.context, 'algorithm.context').length !== 0) {
        throw lazyDOMException('Non zero-length context is not supported.', 'NotSupportedError');
      }
      break;
    default:
      throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
  }
  // On the threadpool, as Node's sign jobs; an OpenSSL failure is an OperationError.
  const sig = isSign ? undefined : bytes(signature, 'signature');
  return new Promise((resolve, reject) => {
    const done = (err, result) => {
      if (err) reject(operationError(undefined, err));
      else resolve(isSign ? toAB(result) : result);
    };
    if (isSign) crypto.sign(digest, data, opts, done);
    else crypto.verify(digest, data, opts, sig, done);
  });
}

function aesCipherName(key, mode) {
  return `aes-${key.algorithm.length}-${mode}`;
}

function cipherOp(encrypt, algorithm, key, data, usage = encrypt ? 'encrypt' : 'decrypt') {
  const alg = typeof algorithm === 'object' && algorithm?.[kNormalized] ? algorithm :
    normalize(algorithm, 'encrypt');
  const ko = checkKey(key, alg.name, usage, 'The requested operation is not valid for the provided key');
  const crypto = require('crypto');
  data = bytes(data);
  const raw = ko.type === 'secret' ? ko.export() : null;
  try {
    switch (alg.name) {
      case 'AES-GCM': {
        const tagBits = alg.tagLength ?? 128;
        if (![32, 64, 96, 104, 112, 120, 128].includes(tagBits)) {
          throw lazyDOMException(`${tagBits} is not a valid AES-GCM tag length`, 'OperationError');
        }
        const tagLength = tagBits / 8;
        const iv = bytes(alg.iv, 'algorithm.iv');
        if (encrypt) {
          const c = crypto.createCipheriv(aesCipherName(key, 'gcm'), raw, iv, { authTagLength: tagLength });
          if (alg.additionalData !== undefined) c.setAAD(bytes(alg.additionalData));
          return toAB(Buffer.concat([c.update(data), c.final(), c.getAuthTag()]));
        }
        if (data.length < tagLength) throw operationError('The provided data is too small.');
        const d = crypto.createDecipheriv(aesCipherName(key, 'gcm'), raw, iv, { authTagLength: tagLength });
        if (alg.additionalData !== undefined) d.setAAD(bytes(alg.additionalData));
        d.setAuthTag(data.subarray(data.length - tagLength));
        return toAB(Buffer.concat([d.update(data.subarray(0, data.length - tagLength)), d.final()]));
      }
      case 'AES-CBC': {
        const iv = bytes(alg.iv, 'algorithm.iv');
        if (iv.length !== 16) throw lazyDOMException('algorithm.iv must contain exactly 16 bytes', 'OperationError');
        const C = encrypt ? crypto.createCipheriv : crypto.createDecipheriv;
        const c = C(aesCipherName(key, 'cbc'), raw, iv);
        return toAB(Buffer.concat([c.update(data), c.final()]));
      }
      case 'AES-CTR':
        return aesCtr(crypto, aesCipherName(key, 'ctr'), raw, alg, data);
      case 'RSA-OAEP': {
        const opts = { key: ko, oaepHash: kHashes[key.algorithm.hash.name] };
        if (alg.label !== undefined) opts.oaepLabel = bytes(alg.label);
        return toAB(encrypt ? crypto.publicEncrypt(opts, data) : crypto.privateDecrypt(opts, data));
      }
      default:
        throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
    }
  } catch (e) {
    if (e && (e.name === 'NotSupportedError' || e.name === 'OperationError')) throw e;
    throw operationError(undefined, e);
  }
}

// AES-CTR where the low `length` bits of the counter block count blocks and wrap to zero (the
// other bits never change); more blocks than the counter can number fail.
function aesCtr(crypto, cipher, raw, alg, data) {
  const counter = bytes(alg.counter, 'algorithm.counter');
  if (counter.length !== 16) {
    throw lazyDOMException('algorithm.counter must contain exactly 16 bytes', 'OperationError');
  }
  const { length } = alg;
  if (length === 0 || length > 128) {
    throw lazyDOMException('AES-CTR algorithm.length must be between 1 and 128', 'OperationError');
  }
  const mask = (1n << BigInt(length)) - 1n;
  const block = BigInt('0x' + counter.toString('hex'));
  const blocks = BigInt(Math.ceil(data.length / 16));
  if (blocks > mask + 1n) throw operationError();
  const untilWrap = (mask + 1n) - (block & mask);
  const run = (iv, input) => {
    const c = crypto.createCipheriv(cipher, raw, iv);
    return Buffer.concat([c.update(input), c.final()]);
  };
  if (blocks <= untilWrap) return toAB(run(counter, data));
  const first = Number(untilWrap) * 16;
  const zeroed = Buffer.from((block & ~mask).toString(16).padStart(32, '0'), 'hex');
  return toAB(Buffer.concat([run(counter, data.subarray(0, first)), run(zeroed, data.subarray(first))]));
}

function deriveBitsImpl(algorithm, baseKey, length, usage = 'deriveBits') {
  const alg = normalize(algorithm, 'deriveBits');
  checkKey(baseKey, undefined, usage, `baseKey does not have ${usage} usage`);
  const ko = checkKey(baseKey, alg.name, undefined, 'Key algorithm mismatch');
  const crypto = require('crypto');
  switch (alg.name) {
    case 'ECDH': case 'X25519': case 'X448': {
      const peer = alg.public;
      checkKey(peer);
      if (peer.type !== 'public') throw lazyDOMException('algorithm.public must be a public key', 'InvalidAccessError');
      if (peer.algorithm.name !== alg.name) {
        throw lazyDOMException(`algorithm.public must be an ${alg.name} key`, 'InvalidAccessError');
      }
      if (alg.name === 'ECDH' && peer.algorithm.namedCurve !== baseKey.algorithm.namedCurve) {
        throw lazyDOMException('Named curve mismatch', 'InvalidAccessError');
      }
      const secret = crypto.diffieHellman({ privateKey: ko, publicKey: peer[keys().kKeyObject] });
      if (length == null) return toAB(secret);
      if (length > secret.length * 8) throw operationError('derived bit length is too small');
      const out = Buffer.from(secret.subarray(0, Math.ceil(length / 8)));
      if (length % 8) out[out.length - 1] &= (0xff << (8 - (length % 8))) & 0xff;
      return toAB(out);
    }
    case 'HKDF':
      if (length == null) throw operationError('length cannot be null');
      if (length % 8) throw operationError('length must be a multiple of 8');
      if (length === 0) return new ArrayBuffer(0);
      return crypto.hkdfSync(kHashes[alg.hash.name], ko, bytes(alg.salt), bytes(alg.info), length / 8);
    case 'PBKDF2':
      if (length == null) throw operationError('length cannot be null');
      if (length % 8) throw operationError('length must be a multiple of 8');
      if (alg.iterations === 0) throw operationError('iterations cannot be zero');
      if (length === 0) return new ArrayBuffer(0);
      return toAB(crypto.pbkdf2Sync(ko.export(), bytes(alg.salt), alg.iterations, length / 8,
                                    kHashes[alg.hash.name]));
    default:
      throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
  }
}

function derivedKeyLength(alg) {
  const a = normalize(alg, 'get key length');
  if (a.name.startsWith('AES-')) return a.length;
  if (a.name === 'HMAC') return a.length ?? hmacDefaultLength(a.hash.name);
  if (a.name === 'HKDF' || a.name === 'PBKDF2') return null;
  throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
}

function wrapCipher(encrypt, algorithm, wrappingKey, data) {
  const alg = normalize(algorithm, 'wrapKey');
  const usage = encrypt ? 'wrapKey' : 'unwrapKey';
  if (alg.name !== 'AES-KW') return cipherOp(encrypt, { ...alg, [kNormalized]: true }, wrappingKey, data, usage);
  const ko = checkKey(wrappingKey, 'AES-KW', usage, 'The requested operation is not valid for the provided key');
  const crypto = require('crypto');
  const iv = Buffer.from('A6A6A6A6A6A6A6A6', 'hex');
  const name = `id-aes${wrappingKey.algorithm.length}-wrap`;
  try {
    const C = encrypt ? crypto.createCipheriv : crypto.createDecipheriv;
    const c = C(name, ko.export(), iv);
    return toAB(Buffer.concat([c.update(bytes(data)), c.final()]));
  } catch (e) {
    throw operationError(undefined, e);
  }
}

// KeyObject#toCryptoKey(): the key's material imported as subtle.importKey would.
function keyObjectToCryptoKey(keyObject, algorithm, extractable, keyUsages) {
  const usages = [...keyUsages];
  if (keyObject.type === 'secret') return importKeyImpl('raw', keyObject.export(), algorithm, !!extractable, usages);
  const format = keyObject.type === 'public' ? 'spki' : 'pkcs8';
  return importKeyImpl(format, keyObject.export({ type: format, format: 'der' }), algorithm, !!extractable, usages);
}

// ---- WebIDL argument conversion for SubtleCrypto's methods (Node's messages) ----
const kOrdinals = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th'];
const kKeyFormats = ['raw', 'pkcs8', 'spki', 'jwk'];
const kKeyUsages = ['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits', 'wrapKey', 'unwrapKey'];

function webidlError(method, code, message) {
  const e = new TypeError(`Failed to execute '${method}' on 'SubtleCrypto': ${message}`);
  e.code = code;
  return e;
}

// `spec`: the number of required arguments, then one letter per argument: f KeyFormat, k CryptoKey,
// b BufferSource, u sequence<KeyUsage>, d BufferSource or JsonWebKey (after a format), - anything.
function convertArgs(method, args, required, spec) {
  if (args.length < required) {
    throw webidlError(method, 'ERR_MISSING_ARGS',
                      `${required} arguments required, but only ${args.length} present.`);
  }
  for (let i = 0; i < spec.length; i++) {
    const v = args[i];
    const arg = `${kOrdinals[i]} argument`;
    switch (spec[i]) {
      case 'f':
        if (!kKeyFormats.includes(`${v}`)) {
          throw webidlError(method, 'ERR_INVALID_ARG_VALUE',
                            `${arg} value '${v}' is not a valid enum value of type KeyFormat.`);
        }
        args[i] = `${v}`;
        break;
      case 'k':
        if (!(v instanceof CryptoKey)) throw webidlError(method, 'ERR_INVALID_ARG_TYPE', `${arg} is not of type CryptoKey.`);
        break;
      case 'd':
        if (args[0] === 'jwk') break;
        // Falls through: other formats take a BufferSource.
      case 'b':
        if (!isAnyArrayBuffer(v) && !isArrayBufferView(v)) {
          throw webidlError(method, 'ERR_INVALID_ARG_TYPE',
                            `${arg} is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
        }
        break;
      case 'u': {
        if (v === null || (typeof v !== 'object' && typeof v !== 'function') ||
            typeof v[Symbol.iterator] !== 'function') {
          throw webidlError(method, 'ERR_INVALID_ARG_TYPE', `${arg} can not be converted to sequence.`);
        }
        const out = [];
        for (const u of v) {
          if (!kKeyUsages.includes(`${u}`)) {
            throw webidlError(method, 'ERR_INVALID_ARG_VALUE',
                              `${arg}, index ${out.length} value '${u}' is not a valid enum value of type KeyUsage.`);
          }
          out.push(`${u}`);
        }
        args[i] = out;
        break;
      }
    }
  }
  return args;
}

// Per method: required argument count and argument kinds.
const kSignatures = {
  digest: [2, '-b'],
  generateKey: [3, '--u'],
  importKey: [4, 'fd--u'],
  exportKey: [2, 'fk'],
  sign: [3, '-kb'],
  verify: [4, '-kbb'],
  encrypt: [3, '-kb'],
  decrypt: [3, '-kb'],
  deriveBits: [2, '-k'],
  deriveKey: [5, '-k--u'],
  wrapKey: [4, 'fkk'],
  unwrapKey: [7, 'fbk---u'],
};

class SubtleCrypto {
  constructor(key) {
    if (key !== kConstruct) throw illegal();
  }
}

// In the order Node defines them on SubtleCrypto.prototype.
const methods = {
  async encrypt(algorithm, key, data) {
    return cipherOp(true, algorithm, key, data);
  },
  async decrypt(algorithm, key, data) {
    return cipherOp(false, algorithm, key, data);
  },
  async sign(algorithm, key, data) {
    return signVerify(true, algorithm, key, undefined, data);
  },
  async verify(algorithm, key, signature, data) {
    return signVerify(false, algorithm, key, signature, data);
  },
  async digest(algorithm, data) {
    const alg = normalize(algorithm, 'digest');
    const hash = kHashes[alg.name];
    if (hash === undefined) throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
    return binding.oneShotDigest(hash, bytes(data));
  },
  async generateKey(algorithm, extractable, keyUsages) {
    return generateKeyImpl(algorithm, !!extractable, [...keyUsages]);
  },
  async deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
    const length = derivedKeyLength(derivedKeyAlgorithm);
    const bits = deriveBitsImpl(algorithm, baseKey, length, 'deriveKey');
    return importKeyImpl('raw', bits, derivedKeyAlgorithm, !!extractable, [...keyUsages]);
  },
  async deriveBits(algorithm, baseKey, length = null) {
    return deriveBitsImpl(algorithm, baseKey, length);
  },
  async importKey(format, keyData, algorithm, extractable, keyUsages) {
    return importKeyImpl(format, keyData, algorithm, !!extractable, [...keyUsages]);
  },
  async exportKey(format, key) {
    return exportKeyImpl(format, key);
  },
  async wrapKey(format, key, wrappingKey, wrapAlgorithm) {
    let exported = exportKeyImpl(format, key);
    if (format === 'jwk') {
      let json = JSON.stringify(exported);
      if (normalize(wrapAlgorithm, 'wrapKey').name === 'AES-KW') {
        while (json.length % 8) json += ' ';
      }
      exported = Buffer.from(json);
    }
    return wrapCipher(true, wrapAlgorithm, wrappingKey, exported);
  },
  async unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm,
                  extractable, keyUsages) {
    let keyData = wrapCipher(false, unwrapAlgorithm, unwrappingKey, wrappedKey);
    if (format === 'jwk') {
      try {
        keyData = JSON.parse(Buffer.from(keyData).toString());
      } catch {
        throw lazyDOMException('Invalid wrapped JWK key', 'DataError');
      }
    }
    return importKeyImpl(format, keyData, unwrappedKeyAlgorithm, !!extractable, [...keyUsages]);
  },
};

for (const [name, fn] of Object.entries(methods)) {
  Object.defineProperty(SubtleCrypto.prototype, name, {
    value: {
      [name](...args) {
        if (!(this instanceof SubtleCrypto)) return Promise.reject(new ERR_INVALID_THIS('SubtleCrypto'));
        try {
          convertArgs(name, args, ...kSignatures[name]);
        } catch (e) {
          return Promise.reject(e);
        }
        return fn.apply(this, args);
      },
    }[name],
    writable: true, enumerable: true, configurable: true,
  });
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, {
  value: 'SubtleCrypto', configurable: true,
});

const subtle = new SubtleCrypto(kConstruct);
const crypto = new Crypto(kConstruct);

module.exports = {
  keyObjectToCryptoKey,
  Crypto,
  CryptoKey,
  SubtleCrypto,
  crypto,
  subtle,
};
