'use strict';

// Deep equality for assert.deepEqual / assert.deepStrictEqual and
// util.isDeepStrictEqual. Written for nodus from Node's documented rules and
// observed Node 22 behaviour.
//
// Strict mode: primitives by Object.is; objects must have the same
// constructor (see sameConstructor) and the same Object.prototype.toString
// tag; own enumerable string and symbol keys are compared. Loose mode:
// primitives by == (NaN equals NaN); prototypes and symbol keys are ignored.
// Both modes compare the internals of dates, regular expressions, errors,
// boxed primitives, typed arrays, buffers, maps and sets.

const { isStackOverflowError } = require('internal/errors');

const types = internalBinding('types');
const utilBinding = internalBinding('util');

const ONLY_ENUMERABLE = utilBinding.ONLY_ENUMERABLE === undefined ? 2 : utilBinding.ONLY_ENUMERABLE;
const SKIP_SYMBOLS = utilBinding.SKIP_SYMBOLS === undefined ? 16 : utilBinding.SKIP_SYMBOLS;
const getOwnNonIndexProperties = utilBinding.getOwnNonIndexProperties;

const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isDate,
  isMap,
  isNativeError,
  isRegExp,
  isSet,
  isBoxedPrimitive,
  isNumberObject,
  isStringObject,
  isBooleanObject,
  isBigIntObject,
  isSymbolObject,
  isFloat32Array,
  isFloat64Array,
  isWeakMap,
  isWeakSet,
} = types;
const { isKeyObject, isCryptoKey } = require('internal/util/crypto_types');

const objectToString = (v) => Object.prototype.toString.call(v);
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const getProto = Object.getPrototypeOf;

const kStrict = true;
const kLoose = false;

// How the properties of two objects are walked after the shallow checks.
const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

function isPrimitive(v) {
  return v === null || (typeof v !== 'object' && typeof v !== 'function');
}

function isErrorLike(v) {
  return isNativeError(v) || v instanceof Error;
}

function sameRegExp(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

// Compares byteLength bytes of two buffers, four at a time where the
// offsets allow.
function sameBufferBytes(bufA, offA, bufB, offB, byteLength) {
  let i = 0;
  if (offA % 4 === 0 && offB % 4 === 0 && byteLength >= 64) {
    const words = byteLength >>> 2;
    const x = new Int32Array(bufA, offA, words);
    const y = new Int32Array(bufB, offB, words);
    for (let j = 0; j < words; j++) {
      if (x[j] !== y[j]) return false;
    }
    i = words << 2;
  }
  if (i < byteLength) {
    const x = new Uint8Array(bufA, offA + i, byteLength - i);
    const y = new Uint8Array(bufB, offB + i, byteLength - i);
    for (let j = 0; j < x.length; j++) {
      if (x[j] !== y[j]) return false;
    }
  }
  return true;
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  return sameBufferBytes(a.buffer, a.byteOffset, b.buffer, b.byteOffset, a.byteLength);
}

function sameArrayBuffers(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  return sameBufferBytes(a, 0, b, 0, a.byteLength);
}

function sameFloatsLoose(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function sameBoxed(a, b) {
  if (isNumberObject(a)) {
    return isNumberObject(b) &&
      Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (isStringObject(a)) {
    return isStringObject(b) &&
      String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (isBooleanObject(a)) {
    return isBooleanObject(b) &&
      Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (isBigIntObject(a)) {
    return isBigIntObject(b) &&
      BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  if (isSymbolObject(a)) {
    return isSymbolObject(b) &&
      Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  }
  return false;
}

// Built-in constructors: when `a.constructor` is one of these (or is
// inherited), the constructors are compared instead of the prototypes.
let wellKnownConstructors;
function isWellKnownConstructor(ctor) {
  if (wellKnownConstructors === undefined) {
    wellKnownConstructors = new Set([
      Object, Array, Function, Boolean, Number, String, Symbol, BigInt, Date, RegExp,
      Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
      AggregateError, Map, Set, WeakMap, WeakSet, Promise, ArrayBuffer, DataView,
      Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
      Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array,
    ]);
    if (typeof SharedArrayBuffer === 'function') wellKnownConstructors.add(SharedArrayBuffer);
    if (typeof WeakRef === 'function') wellKnownConstructors.add(WeakRef);
    if (typeof globalThis.Buffer === 'function') wellKnownConstructors.add(globalThis.Buffer);
  }
  return wellKnownConstructors.has(ctor);
}

// Strict mode: objects must come from the same constructor. An inherited or
// built-in `constructor` is compared; otherwise the prototypes must be the
// same object.
function sameConstructor(a, b) {
  const own = hasOwn(a, 'constructor');
  let inherited = false;
  if (!own) {
    for (let p = getProto(a); p !== null; p = getProto(p)) {
      if (hasOwn(p, 'constructor')) {
        inherited = true;
        break;
      }
    }
  }
  if (inherited || own) {
    const ctor = a.constructor;
    if (inherited || isWellKnownConstructor(ctor)) return ctor === b.constructor;
  }
  return getProto(a) === getProto(b);
}

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) {
    return a !== 0 || !strict || Object.is(a, b);
  }
  if (strict) {
    if (typeof a !== 'object') {
      return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    }
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (!sameConstructor(a, b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (Number.isNaN(a) && Number.isNaN(b));
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }

  const tag = objectToString(a);
  if (tag !== objectToString(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const filter = strict ? ONLY_ENUMERABLE : ONLY_ENUMERABLE | SKIP_SYMBOLS;
    const ka = getOwnNonIndexProperties(a, filter);
    const kb = getOwnNonIndexProperties(b, filter);
    if (ka.length !== kb.length) return false;
    return keyCheck(a, b, strict, memos, kIsArray, ka);
  }
  if (tag === '[object Object]' && !isKeyObject(a) && !isCryptoKey(a)) {
    // Plain objects, class instances and anything else that reports itself
    // as an Object (even a Map whose prototype was replaced): own keys only.
    return keyCheck(a, b, strict, memos, kNoIterator);
  }
  if (isDate(a)) {
    if (!isDate(b) ||
        Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) {
      return false;
    }
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || !sameRegExp(a, b)) return false;
  } else if (isErrorLike(a)) {
    if (!isErrorLike(b)) return false;
    if (!sameErrors(a, b, strict, memos)) return false;
  } else if (isArrayBufferView(a)) {
    if (!isArrayBufferView(b)) return false;
    if (!strict && (isFloat32Array(a) || isFloat64Array(a))) {
      if (!sameFloatsLoose(a, b)) return false;
    } else if (!sameBytes(a, b)) {
      return false;
    }
    const filter = strict ? ONLY_ENUMERABLE : ONLY_ENUMERABLE | SKIP_SYMBOLS;
    const ka = getOwnNonIndexProperties(a, filter);
    const kb = getOwnNonIndexProperties(b, filter);
    if (ka.length !== kb.length) return false;
    return keyCheck(a, b, strict, memos, kNoIterator, ka);
  } else if (isSet(a)) {
    if (!isSet(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kIsSet);
  } else if (isMap(a)) {
    if (!isMap(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kIsMap);
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) || !sameArrayBuffers(a, b)) return false;
  } else if (isBoxedPrimitive(a)) {
    if (!sameBoxed(a, b)) return false;
  } else if (Array.isArray(b) || isArrayBufferView(b) || isSet(b) || isMap(b) ||
             isDate(b) || isRegExp(b) || isAnyArrayBuffer(b) || isBoxedPrimitive(b) ||
             isErrorLike(b)) {
    return false;
  } else if (isWeakMap(a) || isWeakSet(a)) {
    // Their contents cannot be observed: only the same object is equal.
    return false;
  } else if (isKeyObject(a)) {
    // Equal key material (KeyObject.equals), as node compares them.
    if (!isKeyObject(b) || !a.equals(b)) return false;
  } else if (isCryptoKey(a)) {
    if (!isCryptoKey(b) || a.type !== b.type || a.extractable !== b.extractable ||
        !innerDeepEqual(a.algorithm, b.algorithm, strict, memos) ||
        !innerDeepEqual(a.usages, b.usages, strict, memos) ||
        !require('internal/util/crypto_types').sameKeyMaterial(a, b)) {
      return false;
    }
  }
  return keyCheck(a, b, strict, memos, kNoIterator);
}

function sameErrors(a, b, strict, memos) {
  // message and name are usually not enumerable: compare them explicitly.
  if (a.message !== b.message || a.name !== b.name) return false;
  for (const key of ['cause', 'errors']) {
    const inA = hasOwn(a, key);
    if (inA !== hasOwn(b, key)) return false;
    if (inA && !isEnumerable(a, key) &&
        !innerDeepEqual(a[key], b[key], strict, memos)) {
      return false;
    }
  }
  return true;
}

function ownEnumerableSymbols(o) {
  const out = [];
  for (const s of Object.getOwnPropertySymbols(o)) {
    if (isEnumerable(o, s)) out.push(s);
  }
  return out;
}

function keyCheck(a, b, strict, memos, iterationType, aKeys) {
  // For arrays and typed arrays aKeys holds the non-index keys; for other
  // objects all own enumerable string keys are compared.
  if (aKeys === undefined) {
    aKeys = Object.keys(a);
    const bKeys = Object.keys(b);
    if (aKeys.length !== bKeys.length) return false;
    if (strict) {
      const symA = ownEnumerableSymbols(a);
      const symB = ownEnumerableSymbols(b);
      if (symA.length !== symB.length) return false;
      for (let i = 0; i < symA.length; i++) aKeys.push(symA[i]);
    }
  }
  if (aKeys.length === 0 &&
      (iterationType === kNoIterator ||
       (iterationType === kIsArray && a.length === 0) ||
       a.size === 0)) {
    return true;
  }

  if (memos === undefined) {
    return objEquiv(a, b, strict, aKeys, memos, iterationType);
  }

  // Cycle detection: when both objects are already being compared further
  // up, the pair is taken as equal.
  if (memos.a.has(a) && memos.b.has(b)) return true;
  const addA = !memos.a.has(a);
  const addB = !memos.b.has(b);
  if (addA) memos.a.add(a);
  if (addB) memos.b.add(b);

  const result = objEquiv(a, b, strict, aKeys, memos, iterationType);

  if (addA) memos.a.delete(a);
  if (addB) memos.b.delete(b);
  return result;
}

function setEquiv(a, b, strict, memos) {
  // Values of `a` that are not trivially present in `b`.
  let pending = null;
  for (const v of a) {
    if (!b.has(v)) {
      if (strict && isPrimitive(v)) return false;
      if (pending === null) pending = [];
      pending.push(v);
    }
  }
  if (pending === null) return true;
  const candidates = [];
  for (const v of b) {
    if (!a.has(v)) {
      if (strict && isPrimitive(v)) return false;
      candidates.push(v);
    }
  }
  for (const v of pending) {
    let found = -1;
    for (let i = 0; i < candidates.length; i++) {
      if (innerDeepEqual(v, candidates[i], strict, memos)) {
        found = i;
        break;
      }
    }
    if (found === -1) return false;
    candidates.splice(found, 1);
  }
  return candidates.length === 0;
}

function mapEquiv(a, b, strict, memos) {
  let pending = null;
  for (const [k, v] of a) {
    if (b.has(k) && innerDeepEqual(v, b.get(k), strict, memos)) {
      continue;
    }
    if (strict && isPrimitive(k)) return false;
    if (pending === null) pending = [];
    pending.push([k, v]);
  }
  if (pending === null) return true;
  const candidates = [];
  for (const [k, v] of b) {
    if (a.has(k) && innerDeepEqual(a.get(k), v, strict, memos)) continue;
    if (strict && isPrimitive(k)) return false;
    candidates.push([k, v]);
  }
  for (const [k, v] of pending) {
    let found = -1;
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i];
      if (innerDeepEqual(k, c[0], strict, memos) &&
          innerDeepEqual(v, c[1], strict, memos)) {
        found = i;
        break;
      }
    }
    if (found === -1) return false;
    candidates.splice(found, 1);
  }
  return candidates.length === 0;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  if (iterationType === kIsSet) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      if (!hasOwn(a, i)) {
        if (hasOwn(b, i)) return false;
        // A hole: the array is sparse, compare its remaining index keys.
        return sparseArrayEquiv(a, b, strict, keys, memos, i);
      }
      if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
    }
  }
  for (let i = 0; i < keys.length; i++) {
    if (!isEnumerable(b, keys[i])) return false;
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

function sparseArrayEquiv(a, b, strict, keys, memos, from) {
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  for (const key of aKeys) {
    // Indices before `from` were compared already; other keys come below.
    const index = Number(key);
    if (!(String(index >>> 0) === key && index !== 4294967295) || index < from) continue;
    if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  for (let i = 0; i < keys.length; i++) {
    if (!isEnumerable(b, keys[i])) return false;
  }
  for (let i = 0; i < keys.length; i++) {
    if (!innerDeepEqual(a[keys[i]], b[keys[i]], strict, memos)) return false;
  }
  return true;
}

// Values are first compared by plain recursion. A cyclic structure
// overflows the stack; from then on (for the rest of the process, as in
// Node) every comparison tracks the objects it is inside of.
let detectCycles = false;

function newMemos() {
  return { a: new Set(), b: new Set() };
}

function compare(a, b, strict) {
  if (detectCycles) return innerDeepEqual(a, b, strict, newMemos());
  try {
    return innerDeepEqual(a, b, strict, undefined);
  } catch (err) {
    if (!isStackOverflowError(err)) throw err;
    detectCycles = true;
    return innerDeepEqual(a, b, strict, newMemos());
  }
}

// assert.partialDeepStrictEqual: `expected` is a subset of `actual`. The
// Object.prototype.toString tags must match (prototypes are not compared);
// dates, regular expressions, boxed primitives and errors must have the same
// intrinsic values; arrays, typed arrays and ArrayBuffers must contain the
// expected elements in order; sets and maps must contain the expected
// entries; and every own enumerable property of `expected` must be present
// in `actual` and match.
function isSubsequence(actual, expected, same) {
  let j = 0;
  for (let i = 0; i < expected.length; i++) {
    while (j < actual.length && !same(actual[j], expected[i])) j++;
    if (j === actual.length) return false;
    j++;
  }
  return true;
}

function partialSetEquiv(actual, expected, seen) {
  const used = new Set();
  for (const v of expected) {
    if (isPrimitive(v)) {
      if (!actual.has(v)) return false;
      continue;
    }
    let found = false;
    for (const w of actual) {
      if (!used.has(w) && !isPrimitive(w) && partialEqual(w, v, seen)) {
        used.add(w);
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

function partialMapEquiv(actual, expected, seen) {
  for (const [k, v] of expected) {
    if (actual.has(k)) {
      if (!partialEqual(actual.get(k), v, seen)) return false;
      continue;
    }
    if (isPrimitive(k)) return false;
    let found = false;
    for (const [ak, av] of actual) {
      if (!isPrimitive(ak) && partialEqual(ak, k, seen) && partialEqual(av, v, seen)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

function partialEqual(actual, expected, seen) {
  if (typeof expected !== 'object' || expected === null ||
      typeof actual !== 'object' || actual === null) {
    return compare(actual, expected, kStrict);
  }
  if (actual === expected) return true;
  if (objectToString(actual) !== objectToString(expected)) return false;
  if (seen.has(expected) && seen.get(expected) === actual) return true;
  seen.set(expected, actual);

  // Own keys of `expected` to look up in `actual`.
  let keys;
  if (isDate(expected)) {
    if (!isDate(actual) ||
        Date.prototype.getTime.call(actual) !== Date.prototype.getTime.call(expected)) {
      return false;
    }
  } else if (isRegExp(expected)) {
    if (!isRegExp(actual) || !sameRegExp(actual, expected)) return false;
  } else if (isBoxedPrimitive(expected)) {
    if (!sameBoxed(expected, actual)) return false;
  } else if (isErrorLike(expected)) {
    if (!isErrorLike(actual) || actual.message !== expected.message ||
        actual.name !== expected.name) {
      return false;
    }
    for (const key of ['cause', 'errors']) {
      if (hasOwn(expected, key) && !isEnumerable(expected, key) &&
          (!hasOwn(actual, key) || !partialEqual(actual[key], expected[key], seen))) {
        return false;
      }
    }
  } else if (isArrayBufferView(expected)) {
    if (!isArrayBufferView(actual) || !isSubsequence(actual, expected, Object.is)) return false;
    keys = getOwnNonIndexProperties(expected, ONLY_ENUMERABLE);
  } else if (isAnyArrayBuffer(expected)) {
    if (!isAnyArrayBuffer(actual) ||
        !isSubsequence(new Uint8Array(actual), new Uint8Array(expected), Object.is)) {
      return false;
    }
  } else if (isSet(expected)) {
    if (!isSet(actual) || !partialSetEquiv(actual, expected, seen)) return false;
  } else if (isMap(expected)) {
    if (!isMap(actual) || !partialMapEquiv(actual, expected, seen)) return false;
  } else if (Array.isArray(expected)) {
    if (!Array.isArray(actual) ||
        !isSubsequence(actual, expected, (a, e) => partialEqual(a, e, seen))) {
      return false;
    }
    keys = getOwnNonIndexProperties(expected, ONLY_ENUMERABLE);
  } else if (isWeakMap(expected) || isWeakSet(expected)) {
    // Only the same object is equal.
    return false;
  }

  if (keys === undefined) {
    keys = Object.keys(expected);
    for (const sym of ownEnumerableSymbols(expected)) keys.push(sym);
  }
  for (const key of keys) {
    if (!isEnumerable(actual, key)) return false;
    if (!partialEqual(actual[key], expected[key], seen)) return false;
  }
  return true;
}

function isPartialStrictEqual(actual, expected) {
  return partialEqual(actual, expected, new Map());
}

function isDeepEqual(a, b) {
  return compare(a, b, kLoose);
}

function isDeepStrictEqual(a, b) {
  return compare(a, b, kStrict);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
  isPartialStrictEqual,
};
