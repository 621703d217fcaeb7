'use strict';
// Headers (WHATWG Fetch): an ordered list of name/value pairs. Names compare case-insensitively;
// iteration is sorted by lower-cased name with the values of a name combined by ", " (each
// set-cookie on its own). The spelling a name was first added with is kept for the wire.

const kList = Symbol('kList');    // Map: lower-cased name -> { name, values: [] }
const kGuard = Symbol('kGuard');  // 'none' | 'immutable' | 'request' | 'response'
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const kToken = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const kBadValue = /[\0\r\n]/;
const kWhitespace = /^[\t\n\r ]+|[\t\n\r ]+$/g;

function normalizeValue(value) {
  return `${value}`.replace(kWhitespace, '');
}

function checkName(name, where) {
  if (!kToken.test(name)) throw new TypeError(`Headers.${where}: "${name}" is an invalid header name.`);
}

function checkValue(name, value, where) {
  if (kBadValue.test(value)) {
    throw new TypeError(`Headers.${where}: "${value}" is an invalid header value.`);
  }
}

function checkGuard(headers) {
  if (headers[kGuard] === 'immutable') throw new TypeError('immutable');
}

function appendTo(headers, name, value, where = 'append') {
  name = `${name}`;
  value = normalizeValue(value);
  checkName(name, where);
  checkValue(name, value, where);
  checkGuard(headers);
  const key = name.toLowerCase();
  const entry = headers[kList].get(key);
  if (entry === undefined) headers[kList].set(key, { name, values: [value] });
  else entry.values.push(value);
}

function fill(headers, init) {
  if (init === undefined || init === null) {
    if (init === null) throw new TypeError("Headers constructor: Expected init to be an object.");
    return;
  }
  if (typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError("Headers constructor: Expected init to be one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.");
  }
  if (init instanceof Headers) {
    for (const [key, entry] of init[kList]) headers[kList].set(key, { name: entry.name, values: [...entry.values] });
    return;
  }
  if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      if (typeof pair === 'string' || pair === null || typeof pair !== 'object' ||
          typeof pair[Symbol.iterator] !== 'function') {
        throw new TypeError('Headers constructor: expected name/value pair to be an iterable.');
      }
      const items = [...pair];
      if (items.length !== 2) {
        throw new TypeError(`Headers constructor: expected name/value pair to be length 2, found ${items.length}.`);
      }
      appendTo(headers, items[0], items[1]);
    }
    return;
  }
  for (const key of Reflect.ownKeys(init)) {
    if (typeof key === 'symbol') continue;
    const desc = Reflect.getOwnPropertyDescriptor(init, key);
    if (desc === undefined || !desc.enumerable) continue;
    appendTo(headers, key, init[key]);
  }
}

function isHeaders(value) {
  return value !== null && typeof value === 'object' && value[kList] instanceof Map;
}

function checkThis(self) {
  if (!isHeaders(self)) throw new TypeError('Illegal invocation');
}

// The sorted, combined view iteration uses.
function sortedEntries(headers) {
  const keys = [...headers[kList].keys()].sort();
  const out = [];
  for (const key of keys) {
    const { values } = headers[kList].get(key);
    if (key === 'set-cookie') for (const v of values) out.push([key, v]);
    else out.push([key, values.join(', ')]);
  }
  return out;
}

class Headers {
  constructor(init = undefined) {
    this[kList] = new Map();
    this[kGuard] = 'none';
    fill(this, init);
  }

  append(name, value) {
    checkThis(this);
    if (arguments.length < 2) throw new TypeError(`Headers.append: 2 arguments required, but only ${arguments.length} present.`);
    appendTo(this, name, value);
  }

  delete(name) {
    checkThis(this);
    if (arguments.length < 1) throw new TypeError('Headers.delete: 1 argument required, but only 0 present.');
    name = `${name}`;
    checkName(name, 'delete');
    checkGuard(this);
    this[kList].delete(name.toLowerCase());
  }

  get(name) {
    checkThis(this);
    if (arguments.length < 1) throw new TypeError('Headers.get: 1 argument required, but only 0 present.');
    name = `${name}`;
    checkName(name, 'get');
    const entry = this[kList].get(name.toLowerCase());
    return entry === undefined ? null : entry.values.join(', ');
  }

  getSetCookie() {
    checkThis(this);
    const entry = this[kList].get('set-cookie');
    return entry === undefined ? [] : [...entry.values];
  }

  has(name) {
    checkThis(this);
    if (arguments.length < 1) throw new TypeError('Headers.has: 1 argument required, but only 0 present.');
    name = `${name}`;
    checkName(name, 'has');
    return this[kList].has(name.toLowerCase());
  }

  set(name, value) {
    checkThis(this);
    if (arguments.length < 2) throw new TypeError(`Headers.set: 2 arguments required, but only ${arguments.length} present.`);
    name = `${name}`;
    value = normalizeValue(value);
    checkName(name, 'set');
    checkValue(name, value, 'set');
    checkGuard(this);
    const key = name.toLowerCase();
    const entry = this[kList].get(key);
    if (entry === undefined) this[kList].set(key, { name, values: [value] });
    else entry.values = [value];
  }

  forEach(callback, thisArg = undefined) {
    checkThis(this);
    if (typeof callback !== 'function') {
      throw new TypeError("Headers.forEach: Argument 1 could not be converted to: Function.");
    }
    for (const [name, value] of sortedEntries(this)) callback.call(thisArg, value, name, this);
  }

  * keys() { checkThis(this); for (const [name] of sortedEntries(this)) yield name; }
  * values() { checkThis(this); for (const [, value] of sortedEntries(this)) yield value; }
  * entries() { checkThis(this); yield* sortedEntries(this); }

  [customInspectSymbol](depth, options, inspect) {
    const obj = {};
    for (const [name, value] of sortedEntries(this)) obj[name] = value;
    return `Headers ${inspect(obj, options)}`;
  }
}
Headers.prototype[Symbol.iterator] = Headers.prototype.entries;
Object.defineProperty(Headers.prototype, Symbol.toStringTag, { value: 'Headers', configurable: true });

// For the fetch machinery: [name as first spelled, combined value] in insertion order.
function rawEntries(headers) {
  const out = [];
  for (const { name, values } of headers[kList].values()) {
    if (name.toLowerCase() === 'set-cookie') for (const v of values) out.push([name, v]);
    else out.push([name, values.join(', ')]);
  }
  return out;
}

function setGuard(headers, guard) { headers[kGuard] = guard; }

// A copy for clone(): the same entries under the same guard (a fetched response's clone stays
// immutable).
function cloneHeaders(headers) {
  const copy = new Headers(headers);
  copy[kGuard] = headers[kGuard];
  return copy;
}

// Appends without validation (values a server sent, already parsed by the HTTP parser).
function appendTrusted(headers, name, value) {
  const key = name.toLowerCase();
  const entry = headers[kList].get(key);
  if (entry === undefined) headers[kList].set(key, { name: key, values: [value] });
  else entry.values.push(value);
}

module.exports = { Headers, isHeaders, rawEntries, setGuard, cloneHeaders, appendTrusted };
