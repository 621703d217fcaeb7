'use strict';

// Spec-exact polyfills for the standard built-ins that Node 22 (V8 12.4) has
// and V8 10.2 (nodus's engine) lacks. Written from the ECMAScript spec text
// (ECMA-262 and the TC39 proposals that shipped in V8 11.x/12.x).
//
// install(globalThis) runs once during bootstrap, before user code. It only
// defines what is missing, so under an engine that already has a built-in the
// native one wins. Every intrinsic used at call time is captured here at
// install time, so later user monkey-patching of prototypes cannot change
// the behaviour of these functions (as with real built-ins).
//
// Conventions (matching built-in functions):
// - methods are defined with method/accessor shorthand: not constructors,
//   no `prototype`, `name` and `length` as the spec gives them;
// - properties are non-enumerable, writable and configurable (accessors:
//   non-enumerable, configurable);
// - Function.prototype.toString prints them as `function name() { [native code] }`.
//
// Where V8 12.4 (Node 22) departs from the spec, these follow the spec:
// %TypedArray%.prototype.with converts the index before the value;
// Set.prototype.union copies the receiver after calling other.keys();
// Array.fromAsync does not close the iterator when next() throws.
//
// Not polyfilled (cannot be, or not cheaply): RegExp `v` flag and other
// syntax; resizable ArrayBuffer / growable SharedArrayBuffer; Intl.NumberFormat
// v3 (formatRange, formatRangeToParts, new rounding options) and
// Intl.PluralRules.prototype.selectRange.

const kMaxSafeInteger = 9007199254740991;
const kMaxArrayLength = 4294967295;

function install(global) {
  const {
    Array, ArrayBuffer, Function, Map, Math, Object, Promise, Proxy,
    RangeError, Reflect, Set, String, Symbol, SyntaxError, TypeError, WeakMap, Uint8Array,
  } = global;

  const ReflectApply = Reflect.apply;
  const ReflectGetOwnPropertyDescriptor = Reflect.getOwnPropertyDescriptor;
  const ReflectOwnKeys = Reflect.ownKeys;
  const ObjectDefineProperty = Object.defineProperty;
  const ObjectCreate = Object.create;
  const ObjectGetPrototypeOf = Object.getPrototypeOf;
  const ObjectSetPrototypeOf = Object.setPrototypeOf;
  const ObjectFreeze = Object.freeze;
  const ObjectPrototype = Object.prototype;
  const MathTrunc = Math.trunc;
  const MathMin = Math.min;
  const MathMax = Math.max;
  const SymbolIterator = Symbol.iterator;
  const SymbolAsyncIterator = Symbol.asyncIterator;
  const SymbolToStringTag = Symbol.toStringTag;
  const SymbolUnscopables = Symbol.unscopables;
  const ArrayPrototype = Array.prototype;
  const FunctionPrototype = Function.prototype;

  const FunctionPrototypeCall = FunctionPrototype.call;
  const FunctionPrototypeBind = FunctionPrototype.bind;
  // uncurry(f)(thisArg, ...args) === f.call(thisArg, ...args)
  const uncurry = (fn) => ReflectApply(FunctionPrototypeBind, FunctionPrototypeCall, [fn]);
  const getterOf = (obj, key) => uncurry(ReflectGetOwnPropertyDescriptor(obj, key).get);

  const ObjectPrototypeHasOwnProperty = uncurry(ObjectPrototype.hasOwnProperty);
  const ObjectPrototypeIsPrototypeOf = uncurry(ObjectPrototype.isPrototypeOf);
  const ObjectPrototypeToString = uncurry(ObjectPrototype.toString);
  const ArrayPrototypeSort = uncurry(ArrayPrototype.sort);
  const StringPrototypeSlice = uncurry(String.prototype.slice);
  const SymbolPrototypeToString = uncurry(Symbol.prototype.toString);
  const RegExpPrototypeExec = uncurry(global.RegExp.prototype.exec);
  const MapPrototypeGet = uncurry(Map.prototype.get);
  const MapPrototypeSet = uncurry(Map.prototype.set);
  const MapPrototypeForEach = uncurry(Map.prototype.forEach);
  const SetPrototypeAdd = uncurry(Set.prototype.add);
  const SetPrototypeHas = uncurry(Set.prototype.has);
  const SetPrototypeDelete = uncurry(Set.prototype.delete);
  const SetPrototypeValues = uncurry(Set.prototype.values);
  const SetPrototypeGetSize = getterOf(Set.prototype, 'size');
  const SetIteratorPrototypeNext = uncurry(ObjectGetPrototypeOf(new Set().values()).next);
  const WeakMapPrototypeGet = uncurry(WeakMap.prototype.get);
  const WeakMapPrototypeSet = uncurry(WeakMap.prototype.set);
  const ArrayBufferPrototypeGetByteLength = getterOf(ArrayBuffer.prototype, 'byteLength');
  const TypedArray = ObjectGetPrototypeOf(Uint8Array);
  const TypedArrayPrototype = TypedArray.prototype;
  const TypedArrayPrototypeGetToStringTag = getterOf(TypedArrayPrototype, SymbolToStringTag);
  const TypedArrayPrototypeGetLength = getterOf(TypedArrayPrototype, 'length');
  const TypedArrayPrototypeGetBuffer = getterOf(TypedArrayPrototype, 'buffer');
  const TypedArrayPrototypeSort = uncurry(TypedArrayPrototype.sort);
  const TypedArrayPrototypeSet = uncurry(TypedArrayPrototype.set);
  const GeneratorPrototype = ObjectGetPrototypeOf(function* g() {}).prototype;
  const GeneratorPrototypeNext = uncurry(GeneratorPrototype.next);
  const GeneratorPrototypeReturn = uncurry(GeneratorPrototype.return);
  const IteratorPrototype = ObjectGetPrototypeOf(ObjectGetPrototypeOf([][SymbolIterator]()));
  const NativePromise = Promise;
  const typedArrayConstructors = ObjectCreate(null);
  const typedArrayNames = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array',
    'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array',
    'BigInt64Array', 'BigUint64Array'];
  for (let i = 0; i < typedArrayNames.length; i++) {
    const name = typedArrayNames[i];
    if (typeof global[name] === 'function') typedArrayConstructors[name] = global[name];
  }

  // ---------------------------------------------------------------------------
  // Function.prototype.toString masking and property definition helpers.

  const nativeNames = new WeakMap();
  let polyfilled = 0;

  function markNative(fn) {
    WeakMapPrototypeSet(nativeNames, fn, `function ${fn.name}() { [native code] }`);
    polyfilled++;
    return fn;
  }

  // Copies the properties of `source` (an object literal of methods/accessors)
  // onto `target` with built-in attributes, skipping keys `target` already has.
  function defineBuiltins(target, source) {
    const keys = ReflectOwnKeys(source);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (ObjectPrototypeHasOwnProperty(target, key)) continue;
      const desc = ReflectGetOwnPropertyDescriptor(source, key);
      if (desc.get !== undefined || desc.set !== undefined) {
        if (desc.get) markNative(desc.get);
        if (desc.set) markNative(desc.set);
        ObjectDefineProperty(target, key, {
          __proto__: null, get: desc.get, set: desc.set, enumerable: false, configurable: true,
        });
      } else {
        if (typeof desc.value === 'function') markNative(desc.value);
        ObjectDefineProperty(target, key, {
          __proto__: null, value: desc.value, writable: true, enumerable: false, configurable: true,
        });
      }
    }
  }

  // ---------------------------------------------------------------------------
  // Abstract operations.

  function isObject(v) {
    return (typeof v === 'object' && v !== null) || typeof v === 'function';
  }

  function describe(v) {
    if (typeof v === 'string') return v;
    if (typeof v === 'symbol') return SymbolPrototypeToString(v);
    if (!isObject(v)) return `${v}`;
    if (typeof v === 'function') return `function ${typeof v.name === 'string' ? v.name : ''}`;
    const tag = ObjectPrototypeToString(v);
    return `#<${StringPrototypeSlice(tag, 8, -1)}>`;
  }

  function describeForNotFunction(v) {
    if (typeof v === 'string') return `string "${v}"`;
    return describe(v);
  }

  function toObject(v, method) {
    if (v === undefined || v === null) {
      throw new TypeError(method ? `${method} called on null or undefined` :
        'Cannot convert undefined or null to object');
    }
    return Object(v);
  }

  // ToIntegerOrInfinity. Unary plus is ToNumber (throws on Symbol and BigInt).
  function toIntegerOrInfinity(v) {
    const n = +v;
    if (n !== n || n === 0) return 0;
    return MathTrunc(n) + 0;
  }

  function lengthOfArrayLike(obj) {
    const len = toIntegerOrInfinity(obj.length);
    if (len <= 0) return 0;
    return len < kMaxSafeInteger ? len : kMaxSafeInteger;
  }

  function toIndex(v, message) {
    const integer = toIntegerOrInfinity(v);
    if (integer < 0 || integer > kMaxSafeInteger) throw new RangeError(message);
    return integer;
  }

  function createDataPropertyOrThrow(obj, key, value) {
    ObjectDefineProperty(obj, key, {
      __proto__: null, value, writable: true, enumerable: true, configurable: true,
    });
  }

  // A new Array filled with plain assignments but without consulting
  // Array.prototype/Object.prototype (indexed setters there must not run:
  // the spec uses CreateDataPropertyOrThrow): fill it while its prototype is
  // null, then call finishArray. V8 keeps such arrays on the fast path.
  function newArray(len) {
    if (len > kMaxArrayLength) throw new RangeError('Invalid array length');
    const a = [];
    ObjectSetPrototypeOf(a, null);
    return a;
  }

  function finishArray(a) {
    ObjectSetPrototypeOf(a, ArrayPrototype);
    return a;
  }

  const constructorProbeHandler = { __proto__: null, construct() { return constructorProbeHandler; } };
  function isConstructor(C) {
    if (typeof C !== 'function') return false;
    if (C === NativePromise || C === Array) return true;
    try {
      // The trap runs instead of C, so nothing observable happens; `new`
      // throws before the trap when the target has no [[Construct]].
      // eslint-disable-next-line no-new
      new (new Proxy(C, constructorProbeHandler))();
      return true;
    } catch {
      return false;
    }
  }

  // Iterator Records are {iterator, next}.
  const DONE = { __proto__: null };

  function iteratorResultError(r) {
    return new TypeError(`Iterator result ${describe(r)} is not an object`);
  }

  // IteratorStepValue
  function iteratorStepValue(rec) {
    const result = ReflectApply(rec.next, rec.iterator, []);
    if (!isObject(result)) throw iteratorResultError(result);
    if (result.done) return DONE;
    return result.value;
  }

  // IteratorStep (does not read `value`)
  function iteratorStep(rec) {
    const result = ReflectApply(rec.next, rec.iterator, []);
    if (!isObject(result)) throw iteratorResultError(result);
    return result.done ? DONE : result;
  }

  // IteratorClose(rec, normal completion)
  function iteratorCloseNormal(rec) {
    const iterator = rec.iterator;
    const ret = iterator.return;
    if (ret === undefined || ret === null) return;
    if (typeof ret !== 'function') throw new TypeError(`${describeForNotFunction(ret)} is not a function`);
    const inner = ReflectApply(ret, iterator, []);
    if (!isObject(inner)) throw iteratorResultError(inner);
  }

  // IteratorClose(rec, throw completion): errors from `return` are swallowed;
  // the caller rethrows the original error.
  function iteratorCloseOnThrow(rec) {
    try {
      const iterator = rec.iterator;
      const ret = iterator.return;
      if (ret !== undefined && ret !== null) ReflectApply(ret, iterator, []);
    } catch {
      // The original completion wins.
    }
  }

  // ---------------------------------------------------------------------------
  // Change Array by copy (ES2023): Array.prototype.{toReversed,toSorted,toSpliced,with}

  defineBuiltins(ArrayPrototype, {
    toReversed() {
      const O = toObject(this, 'Array.prototype.toReversed');
      const len = lengthOfArrayLike(O);
      const A = newArray(len);
      for (let k = 0; k < len; k++) A[k] = O[len - k - 1];
      return finishArray(A);
    },

    toSorted(comparefn) {
      if (comparefn !== undefined && typeof comparefn !== 'function') {
        throw new TypeError(`The comparison function must be either a function or undefined: ${describe(comparefn)}`);
      }
      const O = toObject(this, 'Array.prototype.toSorted');
      const len = lengthOfArrayLike(O);
      const A = newArray(len);
      for (let k = 0; k < len; k++) A[k] = O[k];
      finishArray(A);
      // Every index is an own data property, so the native sort reads no
      // prototype; undefined sorts last without calling comparefn.
      ArrayPrototypeSort(A, comparefn);
      return A;
    },

    toSpliced(start, skipCount, ...items) {
      const O = toObject(this, 'Array.prototype.toSpliced');
      const len = lengthOfArrayLike(O);
      const relativeStart = toIntegerOrInfinity(start);
      let actualStart;
      if (relativeStart === -Infinity) actualStart = 0;
      else if (relativeStart < 0) actualStart = MathMax(len + relativeStart, 0);
      else actualStart = MathMin(relativeStart, len);
      const insertCount = items.length;
      let actualSkipCount;
      if (arguments.length === 0) {
        actualSkipCount = 0;
      } else if (arguments.length === 1) {
        actualSkipCount = len - actualStart;
      } else {
        const sc = toIntegerOrInfinity(skipCount);
        actualSkipCount = MathMin(MathMax(sc, 0), len - actualStart);
      }
      const newLen = len + insertCount - actualSkipCount;
      if (newLen > kMaxSafeInteger) throw new TypeError('Invalid array length');
      const A = newArray(newLen);
      let i = 0;
      let r = actualStart + actualSkipCount;
      while (i < actualStart) {
        A[i] = O[i];
        i++;
      }
      for (let j = 0; j < insertCount; j++) A[i++] = items[j];
      while (i < newLen) A[i++] = O[r++];
      return finishArray(A);
    },

    with(index, value) {
      const O = toObject(this, 'Array.prototype.with');
      const len = lengthOfArrayLike(O);
      const relativeIndex = toIntegerOrInfinity(index);
      const actualIndex = relativeIndex >= 0 ? relativeIndex : len + relativeIndex;
      if (actualIndex >= len || actualIndex < 0) throw new RangeError(`Invalid index : ${describe(index)}`);
      const A = newArray(len);
      for (let k = 0; k < len; k++) A[k] = k === actualIndex ? value : O[k];
      return finishArray(A);
    },
  });

  {
    const unscopables = ArrayPrototype[SymbolUnscopables];
    if (isObject(unscopables)) {
      const names = ['toReversed', 'toSorted', 'toSpliced'];
      for (let i = 0; i < names.length; i++) {
        if (!ObjectPrototypeHasOwnProperty(unscopables, names[i])) {
          createDataPropertyOrThrow(unscopables, names[i], true);
        }
      }
    }
  }

  // ---------------------------------------------------------------------------
  // %TypedArray%.prototype.{toReversed,toSorted,with}

  function isDetachedBuffer(buffer) {
    // A detached buffer reports byteLength 0 and cannot back a new view.
    try {
      // eslint-disable-next-line no-new
      new Uint8Array(buffer, 0, 0);
      return false;
    } catch {
      return true;
    }
  }

  // ValidateTypedArray; returns the [[TypedArrayName]].
  function validateTypedArray(O, method) {
    const name = isObject(O) ? TypedArrayPrototypeGetToStringTag(O) : undefined;
    if (name === undefined) {
      throw new TypeError(`Method %TypedArray%.prototype.${method} called on incompatible receiver ${describe(O)}`);
    }
    if (TypedArrayPrototypeGetLength(O) === 0 && isDetachedBuffer(TypedArrayPrototypeGetBuffer(O))) {
      throw new TypeError(`Cannot perform %TypedArray%.prototype.${method} on a detached ArrayBuffer`);
    }
    return name;
  }

  defineBuiltins(TypedArrayPrototype, {
    toReversed() {
      const name = validateTypedArray(this, 'toReversed');
      const O = this;
      const len = TypedArrayPrototypeGetLength(O);
      const A = new typedArrayConstructors[name](len);
      for (let k = 0; k < len; k++) A[k] = O[len - k - 1];
      return A;
    },

    toSorted(comparefn) {
      if (comparefn !== undefined && typeof comparefn !== 'function') {
        throw new TypeError(`The comparison function must be either a function or undefined: ${describe(comparefn)}`);
      }
      const name = validateTypedArray(this, 'toSorted');
      const O = this;
      const len = TypedArrayPrototypeGetLength(O);
      const A = new typedArrayConstructors[name](len);
      TypedArrayPrototypeSet(A, O);
      TypedArrayPrototypeSort(A, comparefn);
      return A;
    },

    with(index, value) {
      const name = validateTypedArray(this, 'with');
      const O = this;
      const len = TypedArrayPrototypeGetLength(O);
      const relativeIndex = toIntegerOrInfinity(index);
      const actualIndex = relativeIndex >= 0 ? relativeIndex : len + relativeIndex;
      // ToBigInt or ToNumber: storing into a one-element array of the same
      // type performs exactly that coercion, and reading back gives the value
      // that storing into A would give.
      const C = typedArrayConstructors[name];
      const tmp = new C(1);
      tmp[0] = value;
      const numericValue = tmp[0];
      // IsValidIntegerIndex, with the current length (value coercion may detach).
      if (actualIndex < 0 || actualIndex >= TypedArrayPrototypeGetLength(O)) {
        throw new RangeError('Invalid typed array index');
      }
      const A = new C(len);
      for (let k = 0; k < len; k++) A[k] = k === actualIndex ? numericValue : O[k];
      return A;
    },
  });

  // ---------------------------------------------------------------------------
  // Array grouping (ES2024): Object.groupBy, Map.groupBy

  // GroupBy(items, callbackfn, keyCoercion) -> Map of key -> list.
  function groupBy(items, callbackfn, propertyKeys, method) {
    if (items === undefined || items === null) throw new TypeError(`${method} called on null or undefined`);
    if (typeof callbackfn !== 'function') throw new TypeError(`${describe(callbackfn)} is not a function`);
    const groups = new Map();
    let k = 0;
    // for-of is GetIterator + IteratorStepValue, and closes the iterator
    // (IfAbruptCloseIterator) when the body throws.
    for (const value of items) {
      if (k >= kMaxSafeInteger) throw new TypeError('Too many elements passed to groupBy');
      let key = callbackfn(value, k);
      if (propertyKeys) {
        // ToPropertyKey
        if (isObject(key)) key = toPropertyKeyObject(key);
        else if (typeof key !== 'symbol') key = `${key}`;
      } else if (key === 0) {
        key = 0; // -0 -> +0
      }
      let list = MapPrototypeGet(groups, key);
      if (list === undefined) {
        list = newArray(0);
        MapPrototypeSet(groups, key, list);
      }
      list[list.length] = value;
      k++;
    }
    return groups;
  }
  function toPropertyKeyObject(obj) {
    // ToPropertyKey(obj) = ToString(ToPrimitive(obj, string)); a computed key
    // in an object literal does exactly that.
    const tmp = { __proto__: null, [obj]: 0 };
    return ReflectOwnKeys(tmp)[0];
  }

  defineBuiltins(Object, {
    groupBy(items, callbackfn) {
      const groups = groupBy(items, callbackfn, true, 'Object.groupBy');
      const obj = ObjectCreate(null);
      MapPrototypeForEach(groups, (list, key) => {
        createDataPropertyOrThrow(obj, key, finishArray(list));
      });
      return obj;
    },
  });

  defineBuiltins(Map, {
    groupBy(items, callbackfn) {
      const groups = groupBy(items, callbackfn, false, 'Map.groupBy');
      const map = new Map();
      MapPrototypeForEach(groups, (list, key) => {
        MapPrototypeSet(map, key, finishArray(list));
      });
      return map;
    },
  });

  // ---------------------------------------------------------------------------
  // Promise.withResolvers (ES2024)

  defineBuiltins(Promise, {
    withResolvers() {
      const C = this;
      if (!isObject(C)) throw new TypeError('Promise.withResolvers called on non-object');
      if (!isConstructor(C)) throw new TypeError(`${describe(C)} is not a constructor`);
      // NewPromiseCapability(C)
      let resolve;
      let reject;
      const promise = new C((res, rej) => {
        if (resolve !== undefined) throw new TypeError('Promise executor has already been invoked with non-undefined arguments');
        if (reject !== undefined) throw new TypeError('Promise executor has already been invoked with non-undefined arguments');
        resolve = res;
        reject = rej;
      });
      if (typeof resolve !== 'function') throw new TypeError(`Promise resolve function ${describe(resolve)} is not a function`);
      if (typeof reject !== 'function') throw new TypeError(`Promise reject function ${describe(reject)} is not a function`);
      return { promise, resolve, reject };
    },
  });

  // ---------------------------------------------------------------------------
  // Array.fromAsync (ES2026; shipped in V8 12.1)

  async function fromAsyncBody(C, asyncItems, mapfn, thisArg) {
    let mapping;
    if (mapfn === undefined) {
      mapping = false;
    } else {
      if (typeof mapfn !== 'function') throw new TypeError(`${describe(mapfn)} is not a function`);
      mapping = true;
    }
    if (asyncItems === undefined || asyncItems === null) {
      throw new TypeError(`Cannot read properties of ${asyncItems} (reading 'Symbol(Symbol.asyncIterator)')`);
    }
    const usingAsyncIterator = getMethod(asyncItems, SymbolAsyncIterator);
    const usingSyncIterator = usingAsyncIterator === undefined ?
      getMethod(asyncItems, SymbolIterator) : undefined;
    if (usingAsyncIterator !== undefined || usingSyncIterator !== undefined) {
      let A;
      // for await does GetIterator(wrapper, async): our method calls the
      // already-fetched @@asyncIterator/@@iterator once, reads `next` once and
      // constructs A, in the spec's order; the sync case goes through the
      // engine's own CreateAsyncFromSyncIterator.
      const wrapper = { __proto__: null };
      const method = usingAsyncIterator !== undefined ? usingAsyncIterator : usingSyncIterator;
      const key = usingAsyncIterator !== undefined ? SymbolAsyncIterator : SymbolIterator;
      wrapper[key] = () => {
        const iterator = ReflectApply(method, asyncItems, []);
        if (!isObject(iterator)) throw new TypeError('Result of the Symbol.iterator method is not an object');
        const next = iterator.next;
        A = isConstructor(C) ? new C() : [];
        return forwardingIterator(iterator, next);
      };
      let k = 0;
      for await (const nextValue of wrapper) {
        if (k >= kMaxSafeInteger) throw new TypeError('Too many elements passed to Array.fromAsync');
        const mappedValue = mapping ? await ReflectApply(mapfn, thisArg, [nextValue, k]) : nextValue;
        createDataPropertyOrThrow(A, k, mappedValue);
        k++;
      }
      A.length = k;
      return A;
    }
    const arrayLike = Object(asyncItems);
    const len = lengthOfArrayLike(arrayLike);
    const A = isConstructor(C) ? new C(len) : new Array(len);
    for (let k = 0; k < len; k++) {
      const kValue = await arrayLike[k];
      const mappedValue = mapping ? await ReflectApply(mapfn, thisArg, [kValue, k]) : kValue;
      createDataPropertyOrThrow(A, k, mappedValue);
    }
    A.length = len;
    return A;
  }

  // GetMethod(V, P)
  function getMethod(V, P) {
    const func = V[P];
    if (func === undefined || func === null) return undefined;
    if (typeof func !== 'function') throw new TypeError(`${describeForNotFunction(func)} is not a function`);
    return func;
  }

  // An iterator object whose `next` is the one read from `iterator` (not read
  // again), and whose `return` is looked up on `iterator` when needed.
  function forwardingIterator(iterator, next) {
    return {
      __proto__: null,
      next(...args) { return ReflectApply(next, iterator, args); },
      get return() {
        const ret = iterator.return;
        if (ret === undefined || ret === null || typeof ret !== 'function') return ret;
        return (...args) => ReflectApply(ret, iterator, args);
      },
    };
  }

  defineBuiltins(Array, {
    fromAsync(asyncItems) {
      const mapfn = arguments.length > 1 ? arguments[1] : undefined;
      const thisArg = arguments.length > 2 ? arguments[2] : undefined;
      return fromAsyncBody(this, asyncItems, mapfn, thisArg);
    },
  });

  // ---------------------------------------------------------------------------
  // Set methods (ES2025)

  function requireSet(O, method) {
    try {
      SetPrototypeGetSize(O);
    } catch {
      throw new TypeError(`Method Set.prototype.${method} called on incompatible receiver ${describe(O)}`);
    }
  }

  // GetSetRecord(obj)
  function getSetRecord(obj, method) {
    if (!isObject(obj)) throw new TypeError(`Set.prototype.${method} argument must be an object`);
    const rawSize = obj.size;
    const numSize = +rawSize;
    if (numSize !== numSize) throw new TypeError('The .size property is NaN');
    const intSize = toIntegerOrInfinity(numSize);
    if (intSize < 0) throw new RangeError(`'${intSize}' is an invalid size`);
    const has = obj.has;
    if (typeof has !== 'function') throw new TypeError(`${describeForNotFunction('has')} is not a function`);
    const keys = obj.keys;
    if (typeof keys !== 'function') throw new TypeError(`${describeForNotFunction('keys')} is not a function`);
    return { set: obj, size: intSize, has, keys };
  }

  // GetIteratorFromMethod(setRec.[[SetObject]], setRec.[[Keys]])
  function getKeysIterator(rec) {
    const iterator = ReflectApply(rec.keys, rec.set, []);
    if (!isObject(iterator)) throw new TypeError('Result of the keys method is not an object');
    const next = iterator.next;
    if (typeof next !== 'function') throw new TypeError(`${describeForNotFunction('next')} is not a function`);
    return { iterator, next };
  }

  function setHas(rec, e) {
    return !!ReflectApply(rec.has, rec.set, [e]);
  }

  // Calls fn(e) for each element of the Set O, in order, through a live
  // iterator: it visits elements added meanwhile and skips deleted ones, like
  // the spec's index walk over O.[[SetData]] that re-reads its length.
  // Stops and returns true as soon as fn returns true.
  function setSome(O, fn) {
    const it = SetPrototypeValues(O);
    for (let r = SetIteratorPrototypeNext(it); !r.done; r = SetIteratorPrototypeNext(it)) {
      if (fn(r.value)) return true;
    }
    return false;
  }

  // The same over the keys iterator of a Set Record (IteratorStepValue).
  function keysSome(keysIter, fn) {
    for (;;) {
      const next = iteratorStepValue(keysIter);
      if (next === DONE) return false;
      if (fn(next)) return true;
    }
  }

  function copySet(O) {
    const result = new Set();
    setSome(O, (e) => { SetPrototypeAdd(result, e); });
    return result;
  }

  defineBuiltins(Set.prototype, {
    union(other) {
      requireSet(this, 'union');
      const otherRec = getSetRecord(other, 'union');
      const keysIter = getKeysIterator(otherRec);
      const result = copySet(this);
      keysSome(keysIter, (next) => { SetPrototypeAdd(result, next); });
      return result;
    },

    intersection(other) {
      const O = this;
      requireSet(O, 'intersection');
      const otherRec = getSetRecord(other, 'intersection');
      const result = new Set();
      if (SetPrototypeGetSize(O) <= otherRec.size) {
        setSome(O, (e) => { if (setHas(otherRec, e)) SetPrototypeAdd(result, e); });
      } else {
        keysSome(getKeysIterator(otherRec), (next) => {
          if (SetPrototypeHas(O, next)) SetPrototypeAdd(result, next);
        });
      }
      return result;
    },

    difference(other) {
      const O = this;
      requireSet(O, 'difference');
      const otherRec = getSetRecord(other, 'difference');
      const result = copySet(O);
      if (SetPrototypeGetSize(O) <= otherRec.size) {
        // Walks a snapshot of the copy, which user code cannot change.
        setSome(copySet(result), (e) => { if (setHas(otherRec, e)) SetPrototypeDelete(result, e); });
      } else {
        keysSome(getKeysIterator(otherRec), (next) => { SetPrototypeDelete(result, next); });
      }
      return result;
    },

    symmetricDifference(other) {
      const O = this;
      requireSet(O, 'symmetricDifference');
      const otherRec = getSetRecord(other, 'symmetricDifference');
      const keysIter = getKeysIterator(otherRec);
      const result = copySet(O);
      keysSome(keysIter, (next) => {
        const alreadyInResult = SetPrototypeHas(result, next);
        if (SetPrototypeHas(O, next)) {
          if (alreadyInResult) SetPrototypeDelete(result, next);
        } else if (!alreadyInResult) {
          SetPrototypeAdd(result, next);
        }
      });
      return result;
    },

    isSubsetOf(other) {
      const O = this;
      requireSet(O, 'isSubsetOf');
      const otherRec = getSetRecord(other, 'isSubsetOf');
      if (SetPrototypeGetSize(O) > otherRec.size) return false;
      return !setSome(O, (e) => !setHas(otherRec, e));
    },

    isSupersetOf(other) {
      const O = this;
      requireSet(O, 'isSupersetOf');
      const otherRec = getSetRecord(other, 'isSupersetOf');
      if (SetPrototypeGetSize(O) < otherRec.size) return false;
      const keysIter = getKeysIterator(otherRec);
      if (keysSome(keysIter, (next) => !SetPrototypeHas(O, next))) {
        iteratorCloseNormal(keysIter);
        return false;
      }
      return true;
    },

    isDisjointFrom(other) {
      const O = this;
      requireSet(O, 'isDisjointFrom');
      const otherRec = getSetRecord(other, 'isDisjointFrom');
      if (SetPrototypeGetSize(O) <= otherRec.size) {
        return !setSome(O, (e) => setHas(otherRec, e));
      }
      const keysIter = getKeysIterator(otherRec);
      if (keysSome(keysIter, (next) => SetPrototypeHas(O, next))) {
        iteratorCloseNormal(keysIter);
        return false;
      }
      return true;
    },
  });

  // ---------------------------------------------------------------------------
  // Well-formed Unicode strings (ES2024)

  // A lone surrogate: a lead not followed by a trail, or a trail not
  // preceded by a lead. No `u` flag: code units are matched one by one.
  const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  const loneSurrogateGlobal = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

  defineBuiltins(String.prototype, {
    isWellFormed() {
      toObject(this, 'String.prototype.isWellFormed');
      const S = `${this}`;
      return RegExpPrototypeExec(loneSurrogate, S) === null;
    },

    toWellFormed() {
      toObject(this, 'String.prototype.toWellFormed');
      const S = `${this}`;
      loneSurrogateGlobal.lastIndex = 0;
      let m = RegExpPrototypeExec(loneSurrogateGlobal, S);
      if (m === null) return S;
      let result = '';
      let from = 0;
      while (m !== null) {
        result += `${StringPrototypeSlice(S, from, m.index)}\uFFFD`;
        from = m.index + 1;
        m = RegExpPrototypeExec(loneSurrogateGlobal, S);
      }
      return result + StringPrototypeSlice(S, from);
    },
  });

  // ---------------------------------------------------------------------------
  // ArrayBuffer.prototype.{detached,transfer,transferToFixedLength} (ES2024)

  function requireArrayBuffer(O, method) {
    try {
      return ArrayBufferPrototypeGetByteLength(O);
    } catch {
      throw new TypeError(`Method ${method} called on incompatible receiver ${describe(O)}`);
    }
  }

  // ArrayBufferCopyAndDetach(O, newLength, fixed-length): V8 10.2 has no
  // resizable buffers, so both methods give a fixed-length buffer.
  function copyAndDetach(O, newLength, method) {
    const byteLength = requireArrayBuffer(O, `ArrayBuffer.prototype.${method}`);
    const newByteLength = newLength === undefined ? byteLength :
      toIndex(newLength, `ArrayBuffer.prototype.${method}: Invalid length parameter`);
    if (byteLength === 0 && isDetachedBuffer(O)) {
      throw new TypeError(`Cannot perform ArrayBuffer.prototype.${method} on a detached ArrayBuffer`);
    }
    const detach = getDetacher();
    if (detach === undefined) {
      throw new TypeError(`ArrayBuffer.prototype.${method} is not supported: cannot detach an ArrayBuffer`);
    }
    if (newByteLength === byteLength) {
      // The detacher moves the backing store: no copy.
      return detachOrThrow(detach, O, method);
    }
    const newBuffer = new ArrayBuffer(newByteLength);
    const copyLength = MathMin(newByteLength, byteLength);
    TypedArrayPrototypeSet(new Uint8Array(newBuffer), new Uint8Array(O, 0, copyLength));
    detachOrThrow(detach, O, method);
    return newBuffer;
  }

  function detachOrThrow(detach, O, method) {
    try {
      return detach(O);
    } catch {
      // e.g. a WebAssembly.Memory buffer ([[ArrayBufferDetachKey]] is set).
      throw new TypeError(`Cannot perform ArrayBuffer.prototype.${method} on a non-detachable ArrayBuffer`);
    }
  }

  // detach(buffer) -> a new ArrayBuffer that owns buffer's contents (same
  // length, no copy); buffer is detached. nodus's structuredClone binding does
  // exactly that with a transfer list. Elsewhere (tests under Node) the global
  // structuredClone, captured at install or on first use, does the same.
  let nativeClone;
  if (typeof internalBinding === 'function') {
    try {
      nativeClone = internalBinding('messaging').structuredClone;
    } catch {
      // No such binding: fall back to the global.
    }
  }
  let globalClone = typeof global.structuredClone === 'function' ? global.structuredClone : undefined;
  function getDetacher() {
    if (typeof nativeClone === 'function') return (buffer) => nativeClone(buffer, [buffer]);
    if (globalClone === undefined && typeof global.structuredClone === 'function') {
      globalClone = global.structuredClone;
    }
    if (globalClone === undefined) return undefined;
    return (buffer) => ReflectApply(globalClone, undefined, [buffer, { __proto__: null, transfer: [buffer] }]);
  }

  defineBuiltins(ArrayBuffer.prototype, {
    get detached() {
      const byteLength = requireArrayBuffer(this, 'get ArrayBuffer.prototype.detached');
      return byteLength === 0 && isDetachedBuffer(this);
    },
    transfer() {
      return copyAndDetach(this, arguments.length > 0 ? arguments[0] : undefined, 'transfer');
    },
    transferToFixedLength() {
      return copyAndDetach(this, arguments.length > 0 ? arguments[0] : undefined, 'transferToFixedLength');
    },
  });

  // ---------------------------------------------------------------------------
  // Symbol.dispose / Symbol.asyncDispose: as Node 22 defines them (Node adds
  // them itself, as registered symbols).

  if (!ObjectPrototypeHasOwnProperty(Symbol, 'dispose')) {
    ObjectDefineProperty(Symbol, 'dispose', {
      __proto__: null, value: Symbol.for('nodejs.dispose'), writable: false, enumerable: false, configurable: false,
    });
  }
  if (!ObjectPrototypeHasOwnProperty(Symbol, 'asyncDispose')) {
    ObjectDefineProperty(Symbol, 'asyncDispose', {
      __proto__: null, value: Symbol.for('nodejs.asyncDispose'), writable: false, enumerable: false, configurable: false,
    });
  }

  // ---------------------------------------------------------------------------
  // Iterator helpers (ES2025): Iterator, Iterator.from, Iterator.prototype.*

  if (!ObjectPrototypeHasOwnProperty(global, 'Iterator')) installIteratorHelpers();

  if (!ObjectPrototypeHasOwnProperty(global.JSON, 'rawJSON')) installJSONSourceText();

  // WebAssembly.Exception.prototype[Symbol.toStringTag] (WebAssembly JS API).
  {
    const WebAssembly = global.WebAssembly;
    const proto = isObject(WebAssembly) && typeof WebAssembly.Exception === 'function' ?
      WebAssembly.Exception.prototype : undefined;
    if (isObject(proto) && !ObjectPrototypeHasOwnProperty(proto, SymbolToStringTag)) {
      ObjectDefineProperty(proto, SymbolToStringTag, {
        __proto__: null, value: 'WebAssembly.Exception', writable: false, enumerable: false, configurable: true,
      });
    }
  }

  if (polyfilled > 0) maskSourceText();

  // ---------------------------------------------------------------------------
  // Function.prototype.toString: polyfills print as native functions.

  // Installed last, and only if something was polyfilled.
  function maskSourceText() {
    const originalToString = FunctionPrototype.toString;
    const replacement = {
      toString() {
        if (typeof this === 'function') {
          const masked = WeakMapPrototypeGet(nativeNames, this);
          if (masked !== undefined) return masked;
        }
        return ReflectApply(originalToString, this, []);
      },
    }.toString;
    markNative(replacement);
    const desc = ReflectGetOwnPropertyDescriptor(FunctionPrototype, 'toString');
    if (desc && desc.writable && desc.configurable) {
      ObjectDefineProperty(FunctionPrototype, 'toString', {
        __proto__: null, value: replacement, writable: true, enumerable: false, configurable: true,
      });
    }
  }

  // -------------------------------------------------------------------------
  // JSON.parse source text access (ES2026; shipped in V8 11.4):
  // JSON.rawJSON, JSON.isRawJSON, the reviver's context argument, and
  // JSON.stringify of raw JSON objects. JSON.parse and JSON.stringify are
  // replaced, but call the native ones unless a reviver is given (parse) or
  // raw JSON objects are alive (stringify).
  function installJSONSourceText() {
    const JSON = global.JSON;
    const NativeJSONParse = JSON.parse;
    const NativeJSONStringify = JSON.stringify;
    const jsonParse = (text) => ReflectApply(NativeJSONParse, JSON, [text]);
    const quoteJSONString = (string) => ReflectApply(NativeJSONStringify, JSON, [string]);
    const StringPrototypeCharCodeAt = uncurry(String.prototype.charCodeAt);
    const StringPrototypeRepeat = uncurry(String.prototype.repeat);
    const ArrayIsArray = Array.isArray;
    const ObjectKeys = Object.keys;
    const ReflectDeleteProperty = Reflect.deleteProperty;
    const ReflectDefineProperty = Reflect.defineProperty;
    const NumberPrototypeValueOf = uncurry(global.Number.prototype.valueOf);
    const BooleanPrototypeValueOf = uncurry(global.Boolean.prototype.valueOf);
    const BigIntPrototypeValueOf = uncurry(global.BigInt.prototype.valueOf);
    const StringPrototypeValueOf = uncurry(String.prototype.valueOf);
    const rawJSONObjects = new WeakMap();
    // Raw JSON objects alive; stringify takes the slow path only while > 0.
    let liveRawJSON = 0;
    const registry = typeof global.FinalizationRegistry === 'function' ?
      new global.FinalizationRegistry(() => { liveRawJSON--; }) : undefined;
    const FinalizationRegistryRegister = registry && uncurry(global.FinalizationRegistry.prototype.register);

    const hasSlot = (fn, v) => {
      try {
        fn(v);
        return true;
      } catch {
        return false;
      }
    };
    // Internal slot checks ([[NumberData]] ...): nodus's types binding answers
    // without throwing; elsewhere the thisNumberValue-style probes do.
    let types;
    if (typeof internalBinding === 'function') {
      try {
        types = internalBinding('types');
      } catch {
        // Not available: use the probes.
      }
    }
    const isBoxedPrimitive = types !== undefined ? types.isBoxedPrimitive : () => true;
    const isNumberObject = types !== undefined ? types.isNumberObject : (v) => hasSlot(NumberPrototypeValueOf, v);
    const isStringObject = types !== undefined ? types.isStringObject : (v) => hasSlot(StringPrototypeValueOf, v);
    const isBooleanObject = types !== undefined ? types.isBooleanObject : (v) => hasSlot(BooleanPrototypeValueOf, v);
    const isBigIntObject = types !== undefined ? types.isBigIntObject : (v) => hasSlot(BigIntPrototypeValueOf, v);

    // The JSON Parse Record tree of a valid JSON text whose parse gave
    // `value`: {value, source} for primitives, {value, elements} for arrays,
    // {value, entries: Map(key -> record), last duplicate wins} for objects.
    function parseRecord(text, value) {
      let pos = 0;
      const skipSpace = () => {
        for (;;) {
          const c = StringPrototypeCharCodeAt(text, pos);
          if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return;
          pos++;
        }
      };
      const skipString = () => {
        pos++;
        for (;;) {
          const c = StringPrototypeCharCodeAt(text, pos);
          pos += c === 0x5c ? 2 : 1;
          if (c === 0x22) return;
        }
      };
      const node = (val) => {
        skipSpace();
        const c = StringPrototypeCharCodeAt(text, pos);
        if (c === 0x7b || c === 0x5b) {
          const isArray = c === 0x5b;
          const record = isArray ? { value: val, elements: [] } : { value: val, entries: new Map() };
          pos++;
          skipSpace();
          if (StringPrototypeCharCodeAt(text, pos) === (isArray ? 0x5d : 0x7d)) {
            pos++;
            return record;
          }
          for (let i = 0; ; i++) {
            if (isArray) {
              record.elements[i] = node(isObject(val) ? val[i] : undefined);
            } else {
              skipSpace();
              const keyStart = pos;
              skipString();
              const key = jsonParse(StringPrototypeSlice(text, keyStart, pos));
              skipSpace();
              pos++; // ':'
              MapPrototypeSet(record.entries, key, node(isObject(val) ? val[key] : undefined));
            }
            skipSpace();
            if (StringPrototypeCharCodeAt(text, pos++) !== 0x2c) return record; // ']' or '}'
          }
        }
        const start = pos;
        if (c === 0x22) {
          skipString();
        } else {
          for (;;) {
            const d = StringPrototypeCharCodeAt(text, pos);
            if (d !== d || d === 0x2c || d === 0x5d || d === 0x7d || d === 0x20 ||
                d === 0x09 || d === 0x0a || d === 0x0d) break;
            pos++;
          }
        }
        return { value: val, source: StringPrototypeSlice(text, start, pos) };
      };
      return node(value);
    }

    // InternalizeJSONProperty(holder, name, reviver, parseRecord)
    function internalize(holder, name, reviver, record) {
      const val = holder[name];
      const context = {};
      let elements;
      let entries;
      if (record !== undefined && sameValue(val, record.value)) {
        if (!isObject(val)) createDataPropertyOrThrow(context, 'source', record.source);
        elements = record.elements;
        entries = record.entries;
      }
      if (isObject(val)) {
        if (ArrayIsArray(val)) {
          const len = lengthOfArrayLike(val);
          for (let i = 0; i < len; i++) {
            const prop = `${i}`;
            const element = internalize(val, prop, reviver,
                                        elements !== undefined && i < elements.length ? elements[i] : undefined);
            reviveInto(val, prop, element);
          }
        } else {
          const keys = ObjectKeys(val);
          for (let i = 0; i < keys.length; i++) {
            const P = keys[i];
            const element = internalize(val, P, reviver,
                                        entries !== undefined ? MapPrototypeGet(entries, P) : undefined);
            reviveInto(val, P, element);
          }
        }
      }
      return ReflectApply(reviver, holder, [name, val, context]);
    }

    function sameValue(a, b) {
      if (a === b) return a !== 0 || 1 / a === 1 / b;
      return a !== a && b !== b;
    }

    function reviveInto(obj, key, element) {
      if (element === undefined) {
        ReflectDeleteProperty(obj, key);
      } else {
        ReflectDefineProperty(obj, key, {
          __proto__: null, value: element, writable: true, enumerable: true, configurable: true,
        });
      }
    }

    // JSON.stringify (SerializeJSONProperty and friends), used while raw
    // JSON objects exist.
    function serialize(value, replacer, space) {
      const state = { stack: [], indent: '', gap: '', propertyList: undefined, replacerFunction: undefined };
      if (isObject(replacer)) {
        if (typeof replacer === 'function') {
          state.replacerFunction = replacer;
        } else if (ArrayIsArray(replacer)) {
          const list = new Set();
          const len = lengthOfArrayLike(replacer);
          for (let k = 0; k < len; k++) {
            const v = replacer[k];
            let item;
            if (typeof v === 'string') item = v;
            else if (typeof v === 'number') item = `${v}`;
            else if (isObject(v) && (isStringObject(v) || isNumberObject(v))) item = `${v}`;
            if (item !== undefined) SetPrototypeAdd(list, item);
          }
          state.propertyList = [];
          setSome(list, (item) => { state.propertyList[state.propertyList.length] = item; });
        }
      }
      if (isObject(space)) {
        if (isNumberObject(space)) space = +space;
        else if (isStringObject(space)) space = `${space}`;
      }
      if (typeof space === 'number') {
        const n = MathMin(10, toIntegerOrInfinity(space));
        state.gap = n < 1 ? '' : StringPrototypeRepeat(' ', n);
      } else if (typeof space === 'string') {
        state.gap = StringPrototypeSlice(space, 0, 10);
      }
      const wrapper = {};
      createDataPropertyOrThrow(wrapper, '', value);
      return serializeProperty(state, '', wrapper);
    }

    function serializeProperty(state, key, holder) {
      let value = holder[key];
      if (isObject(value) || typeof value === 'bigint') {
        const toJSON = value.toJSON;
        if (typeof toJSON === 'function') value = ReflectApply(toJSON, value, [key]);
      }
      if (state.replacerFunction !== undefined) value = ReflectApply(state.replacerFunction, holder, [key, value]);
      if (isObject(value)) {
        const raw = WeakMapPrototypeGet(rawJSONObjects, value);
        if (raw !== undefined) return raw;
        if (isBoxedPrimitive(value)) {
          if (isNumberObject(value)) value = +value;
          else if (isStringObject(value)) value = `${value}`;
          else if (isBooleanObject(value)) value = BooleanPrototypeValueOf(value);
          else if (isBigIntObject(value)) value = BigIntPrototypeValueOf(value);
        }
      }
      if (value === null) return 'null';
      if (value === true) return 'true';
      if (value === false) return 'false';
      if (typeof value === 'string') return quoteJSONString(value);
      if (typeof value === 'number') return value === value && value !== Infinity && value !== -Infinity ? `${value}` : 'null';
      if (typeof value === 'bigint') throw new TypeError('Do not know how to serialize a BigInt');
      if (isObject(value) && typeof value !== 'function') {
        return ArrayIsArray(value) ? serializeArray(state, value) : serializeObject(state, value);
      }
      return undefined;
    }

    function enter(state, value) {
      const stack = state.stack;
      for (let i = 0; i < stack.length; i++) {
        if (stack[i] === value) throw new TypeError('Converting circular structure to JSON');
      }
      stack[stack.length] = value;
      const stepback = state.indent;
      state.indent += state.gap;
      return stepback;
    }

    function leave(state, partial, stepback, open, close) {
      state.stack.length--;
      const indent = state.indent;
      state.indent = stepback;
      if (partial.length === 0) return open + close;
      let out = open;
      for (let i = 0; i < partial.length; i++) {
        if (state.gap === '') out += (i === 0 ? '' : ',') + partial[i];
        else out += `${i === 0 ? '' : ','}\n${indent}${partial[i]}`;
      }
      return state.gap === '' ? out + close : `${out}\n${stepback}${close}`;
    }

    function serializeObject(state, value) {
      const stepback = enter(state, value);
      const K = state.propertyList !== undefined ? state.propertyList : ObjectKeys(value);
      const partial = [];
      for (let i = 0; i < K.length; i++) {
        const P = K[i];
        const strP = serializeProperty(state, P, value);
        if (strP !== undefined) {
          partial[partial.length] = `${quoteJSONString(P)}:${state.gap === '' ? '' : ' '}${strP}`;
        }
      }
      return leave(state, partial, stepback, '{', '}');
    }

    function serializeArray(state, value) {
      const stepback = enter(state, value);
      const len = lengthOfArrayLike(value);
      const partial = [];
      for (let index = 0; index < len; index++) {
        const strP = serializeProperty(state, `${index}`, value);
        partial[partial.length] = strP === undefined ? 'null' : strP;
      }
      return leave(state, partial, stepback, '[', ']');
    }

    defineBuiltins(JSON, {
      rawJSON(text) {
        const jsonString = `${text}`;
        const first = StringPrototypeCharCodeAt(jsonString, 0);
        const last = StringPrototypeCharCodeAt(jsonString, jsonString.length - 1);
        const isSpace = (c) => c === 0x09 || c === 0x0a || c === 0x0d || c === 0x20;
        if (jsonString === '' || isSpace(first) || isSpace(last)) {
          throw new SyntaxError('Invalid value for JSON.rawJSON');
        }
        jsonParse(jsonString);
        if (first === 0x7b || first === 0x5b) throw new SyntaxError('Invalid value for JSON.rawJSON');
        const obj = { __proto__: null };
        createDataPropertyOrThrow(obj, 'rawJSON', jsonString);
        ObjectFreeze(obj);
        WeakMapPrototypeSet(rawJSONObjects, obj, jsonString);
        if (registry !== undefined) {
          liveRawJSON++;
          FinalizationRegistryRegister(registry, obj, undefined);
        } else {
          liveRawJSON = 1;
        }
        return obj;
      },
      isRawJSON(O) {
        return isObject(O) && WeakMapPrototypeGet(rawJSONObjects, O) !== undefined;
      },
    });

    // Replaces the existing methods (same attributes).
    const replacements = {
      parse(text, reviver) {
        const jsonString = `${text}`;
        if (typeof reviver !== 'function') return jsonParse(jsonString);
        const unfiltered = jsonParse(jsonString);
        const root = {};
        createDataPropertyOrThrow(root, '', unfiltered);
        return internalize(root, '', reviver, parseRecord(jsonString, unfiltered));
      },
      stringify(value, replacer, space) {
        if (liveRawJSON === 0) return ReflectApply(NativeJSONStringify, JSON, [value, replacer, space]);
        return serialize(value, replacer, space);
      },
    };
    for (const key of ['parse', 'stringify']) {
      markNative(replacements[key]);
      ObjectDefineProperty(JSON, key, {
        __proto__: null, value: replacements[key], writable: true, enumerable: false, configurable: true,
      });
    }
  }

  function installIteratorHelpers() {
    // %Iterator%: abstract; only subclass construction works.
    const Iterator = function Iterator() {
      if (new.target === undefined) throw new TypeError("Constructor Iterator requires 'new'");
      if (new.target === Iterator) throw new TypeError('Abstract class Iterator not directly constructable');
      // OrdinaryCreateFromConstructor(NewTarget, "%Iterator.prototype%"):
      // the fallback prototype is %Iterator.prototype%, not %Object.prototype%.
      if (ObjectGetPrototypeOf(this) === ObjectPrototype) {
        const proto = new.target.prototype;
        if (!isObject(proto)) ObjectSetPrototypeOf(this, IteratorPrototype);
      }
    };
    markNative(Iterator);
    ObjectDefineProperty(Iterator, 'prototype', {
      __proto__: null, value: IteratorPrototype, writable: false, enumerable: false, configurable: false,
    });
    ObjectDefineProperty(global, 'Iterator', {
      __proto__: null, value: Iterator, writable: true, enumerable: false, configurable: true,
    });

    // SetterThatIgnoresPrototypeProperties(this, home, p, v)
    function setterIgnoringPrototype(thisValue, home, p, v) {
      if (!isObject(thisValue)) throw new TypeError('Iterator.prototype setter called on non-object');
      if (thisValue === home) {
        throw new TypeError(`Cannot assign to read only property '${typeof p === 'symbol' ? SymbolPrototypeToString(p) : p}' of object '[object Iterator]'`);
      }
      const desc = ReflectGetOwnPropertyDescriptor(thisValue, p);
      if (desc === undefined) {
        createDataPropertyOrThrow(thisValue, p, v);
      } else {
        // Set(thisValue, p, v, true)
        if (!Reflect.set(thisValue, p, v)) {
          throw new TypeError(`Cannot assign to read only property '${typeof p === 'symbol' ? SymbolPrototypeToString(p) : p}' of object`);
        }
      }
    }

    // Iterator Helper objects: a generator holds the abstract closure's state.
    const helperStates = new WeakMap();
    const IteratorHelperPrototype = ObjectCreate(IteratorPrototype);
    defineBuiltins(IteratorHelperPrototype, {
      next() {
        const state = helperState(this, 'next');
        state.started = true;
        return GeneratorPrototypeNext(state.generator);
      },
      return() {
        const state = helperState(this, 'return');
        if (!state.started) {
          // suspended-start: complete, then close the underlying iterator.
          state.started = true;
          GeneratorPrototypeReturn(state.generator, undefined);
          iteratorCloseNormal(state.iterated);
          return { value: undefined, done: true };
        }
        return GeneratorPrototypeReturn(state.generator, undefined);
      },
    });
    ObjectDefineProperty(IteratorHelperPrototype, SymbolToStringTag, {
      __proto__: null, value: 'Iterator Helper', writable: false, enumerable: false, configurable: true,
    });

    function helperState(O, method) {
      const state = isObject(O) ? WeakMapPrototypeGet(helperStates, O) : undefined;
      if (state === undefined) {
        throw new TypeError(`Method Iterator Helper.prototype.${method} called on incompatible receiver ${describe(O)}`);
      }
      return state;
    }

    function createHelper(generator, iterated) {
      const helper = ObjectCreate(IteratorHelperPrototype);
      WeakMapPrototypeSet(helperStates, helper, { generator, iterated, started: false });
      return helper;
    }

    // Completion(Call(fn, undefined, args)) followed by
    // IfAbruptCloseIterator(result, iterated).
    function callClosing(iterated, fn, args) {
      try {
        return ReflectApply(fn, undefined, args);
      } catch (e) {
        iteratorCloseOnThrow(iterated);
        throw e;
      }
    }

    // `yield* yieldClosing(iterated, value)` is Completion(Yield(value))
    // followed by IfAbruptCloseIterator(completion, iterated): the helper's
    // return() resumes the generator with a return completion, which closes
    // the underlying iterator here (a throwing `return` wins over it).
    function* yieldClosing(iterated, value) {
      let resumed = false;
      try {
        yield value;
        resumed = true;
      } finally {
        if (!resumed) iteratorCloseNormal(iterated);
      }
    }

    function* mapClosure(iterated, mapper) {
      for (let counter = 0; ; counter++) {
        const value = iteratorStepValue(iterated);
        if (value === DONE) return undefined;
        yield* yieldClosing(iterated, callClosing(iterated, mapper, [value, counter]));
      }
    }

    function* filterClosure(iterated, predicate) {
      for (let counter = 0; ; counter++) {
        const value = iteratorStepValue(iterated);
        if (value === DONE) return undefined;
        if (callClosing(iterated, predicate, [value, counter])) yield* yieldClosing(iterated, value);
      }
    }

    function* takeClosure(iterated, limit) {
      let remaining = limit;
      for (;;) {
        if (remaining === 0) {
          iteratorCloseNormal(iterated);
          return undefined;
        }
        if (remaining !== Infinity) remaining--;
        const value = iteratorStepValue(iterated);
        if (value === DONE) return undefined;
        yield* yieldClosing(iterated, value);
      }
    }

    function* dropClosure(iterated, limit) {
      let remaining = limit;
      while (remaining > 0) {
        if (remaining !== Infinity) remaining--;
        if (iteratorStep(iterated) === DONE) return undefined;
      }
      for (;;) {
        const value = iteratorStepValue(iterated);
        if (value === DONE) return undefined;
        yield* yieldClosing(iterated, value);
      }
    }

    function* flatMapClosure(iterated, mapper) {
      for (let counter = 0; ; counter++) {
        const value = iteratorStepValue(iterated);
        if (value === DONE) return undefined;
        const mapped = callClosing(iterated, mapper, [value, counter]);
        const inner = callClosing(iterated, getIteratorFlattenable, [mapped, false, 'Iterator.prototype.flatMap']);
        for (;;) {
          const innerValue = callClosing(iterated, iteratorStepValue, [inner]);
          if (innerValue === DONE) break;
          let resumed = false;
          try {
            yield innerValue;
            resumed = true;
          } finally {
            if (!resumed) {
              // Close the inner iterator, then the outer one; an error from
              // the inner close closes the outer one as for a throw.
              callClosing(iterated, iteratorCloseNormal, [inner]);
              iteratorCloseNormal(iterated);
            }
          }
        }
      }
    }

    // GetIteratorFlattenable(obj, primitiveHandling)
    function getIteratorFlattenable(obj, iterateStrings, method) {
      if (!isObject(obj)) {
        if (!iterateStrings || typeof obj !== 'string') throw new TypeError(`${method} called on non-object`);
      }
      const m = obj[SymbolIterator];
      let iterator;
      if (m === undefined || m === null) {
        iterator = obj;
      } else {
        if (typeof m !== 'function') throw new TypeError(`${describeForNotFunction(m)} is not a function`);
        iterator = ReflectApply(m, obj, []);
      }
      if (!isObject(iterator)) throw new TypeError(`${method} called on non-object`);
      return { iterator, next: iterator.next };
    }

    function requireObjectThis(O, method) {
      if (!isObject(O)) throw new TypeError(`Iterator.prototype.${method} called on non-object`);
    }

    function requireCallable(fn, method) {
      if (typeof fn !== 'function') throw new TypeError(`${describeForNotFunction(`Iterator.prototype.${method}`)} is not a function`);
    }

    function toLimit(limit) {
      const numLimit = +limit;
      if (numLimit !== numLimit) throw new RangeError(`${describe(limit)} must be positive`);
      const integerLimit = toIntegerOrInfinity(numLimit);
      if (integerLimit < 0) throw new RangeError(`${describe(limit)} must be positive`);
      return integerLimit;
    }

    // The loop of forEach/some/every/find: calls fn(value, counter) for each
    // value; at the first result whose truthiness is `stopOn` (forEach:
    // undefined, never), closes the iterator (normal completion) and returns
    // that value. Returns DONE when the iterator is exhausted.
    function findClosing(O, fn, stopOn) {
      const iterated = getIteratorDirect(O);
      for (let counter = 0; ; counter++) {
        const value = iteratorStepValue(iterated);
        if (value === DONE) return DONE;
        const result = callClosing(iterated, fn, [value, counter]);
        if (stopOn !== undefined && !!result === stopOn) {
          iteratorCloseNormal(iterated);
          return value;
        }
      }
    }

    // GetIteratorDirect(obj)
    function getIteratorDirect(obj) {
      return { iterator: obj, next: obj.next };
    }

    // %WrapForValidIteratorPrototype%
    const wrapped = new WeakMap();
    const WrapForValidIteratorPrototype = ObjectCreate(IteratorPrototype);
    defineBuiltins(WrapForValidIteratorPrototype, {
      next() {
        const rec = isObject(this) ? WeakMapPrototypeGet(wrapped, this) : undefined;
        if (rec === undefined) throw new TypeError(`Method WrapForValidIteratorPrototype.next called on incompatible receiver ${describe(this)}`);
        return ReflectApply(rec.next, rec.iterator, []);
      },
      return() {
        const rec = isObject(this) ? WeakMapPrototypeGet(wrapped, this) : undefined;
        if (rec === undefined) throw new TypeError(`Method WrapForValidIteratorPrototype.return called on incompatible receiver ${describe(this)}`);
        const iterator = rec.iterator;
        const returnMethod = getMethod(iterator, 'return');
        if (returnMethod === undefined) return { value: undefined, done: true };
        return ReflectApply(returnMethod, iterator, []);
      },
    });

    defineBuiltins(Iterator, {
      from(O) {
        const rec = getIteratorFlattenable(O, true, 'Iterator.from');
        if (ObjectPrototypeIsPrototypeOf(IteratorPrototype, rec.iterator)) return rec.iterator;
        const wrapper = ObjectCreate(WrapForValidIteratorPrototype);
        WeakMapPrototypeSet(wrapped, wrapper, rec);
        return wrapper;
      },
    });

    defineBuiltins(IteratorPrototype, {
      map(mapper) {
        requireObjectThis(this, 'map');
        requireCallable(mapper, 'map');
        const iterated = getIteratorDirect(this);
        return createHelper(mapClosure(iterated, mapper), iterated);
      },
      filter(predicate) {
        requireObjectThis(this, 'filter');
        requireCallable(predicate, 'filter');
        const iterated = getIteratorDirect(this);
        return createHelper(filterClosure(iterated, predicate), iterated);
      },
      take(limit) {
        requireObjectThis(this, 'take');
        const integerLimit = toLimit(limit);
        const iterated = getIteratorDirect(this);
        return createHelper(takeClosure(iterated, integerLimit), iterated);
      },
      drop(limit) {
        requireObjectThis(this, 'drop');
        const integerLimit = toLimit(limit);
        const iterated = getIteratorDirect(this);
        return createHelper(dropClosure(iterated, integerLimit), iterated);
      },
      flatMap(mapper) {
        requireObjectThis(this, 'flatMap');
        requireCallable(mapper, 'flatMap');
        const iterated = getIteratorDirect(this);
        return createHelper(flatMapClosure(iterated, mapper), iterated);
      },
      reduce(reducer) {
        requireObjectThis(this, 'reduce');
        requireCallable(reducer, 'reduce');
        const iterated = getIteratorDirect(this);
        let accumulator;
        let counter;
        if (arguments.length < 2) {
          accumulator = iteratorStepValue(iterated);
          if (accumulator === DONE) throw new TypeError('Reduce of a done iterator with no initial value');
          counter = 1;
        } else {
          accumulator = arguments[1];
          counter = 0;
        }
        for (;; counter++) {
          const value = iteratorStepValue(iterated);
          if (value === DONE) return accumulator;
          accumulator = callClosing(iterated, reducer, [accumulator, value, counter]);
        }
      },
      toArray() {
        requireObjectThis(this, 'toArray');
        const iterated = getIteratorDirect(this);
        const items = newArray(0);
        for (;;) {
          const value = iteratorStepValue(iterated);
          if (value === DONE) return finishArray(items);
          items[items.length] = value;
        }
      },
      forEach(fn) {
        requireObjectThis(this, 'forEach');
        requireCallable(fn, 'forEach');
        findClosing(this, fn, undefined);
        return undefined;
      },
      some(predicate) {
        requireObjectThis(this, 'some');
        requireCallable(predicate, 'some');
        return findClosing(this, predicate, true) !== DONE;
      },
      every(predicate) {
        requireObjectThis(this, 'every');
        requireCallable(predicate, 'every');
        return findClosing(this, predicate, false) === DONE;
      },
      find(predicate) {
        requireObjectThis(this, 'find');
        requireCallable(predicate, 'find');
        const found = findClosing(this, predicate, true);
        return found === DONE ? undefined : found;
      },
      get constructor() {
        return Iterator;
      },
      set constructor(v) {
        setterIgnoringPrototype(this, IteratorPrototype, 'constructor', v);
      },
      get [SymbolToStringTag]() {
        return 'Iterator';
      },
      set [SymbolToStringTag](v) {
        setterIgnoringPrototype(this, IteratorPrototype, SymbolToStringTag, v);
      },
    });
  }
}

exports.install = install;
