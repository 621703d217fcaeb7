'use strict';
// util.types.isKeyObject / isCryptoKey. No KeyObject or CryptoKey can exist before the crypto
// key module loads, so until then both answer false without loading crypto; the key module
// registers its predicates when it loads.

let keys = null;

function register(predicates) {
  keys = predicates;
}

function isKeyObject(value) {
  return keys !== null && keys.isKeyObject(value);
}

function isCryptoKey(value) {
  return keys !== null && keys.isCryptoKey(value);
}

// Two CryptoKeys hold equal key material.
function sameKeyMaterial(a, b) {
  return keys !== null && keys.sameKeyMaterial(a, b);
}

module.exports = { isCryptoKey, isKeyObject, register, sameKeyMaterial };
