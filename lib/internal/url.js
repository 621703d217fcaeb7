'use strict';
// The WHATWG URL API: URL and URLSearchParams, plus fileURLToPath, pathToFileURL,
// urlToHttpOptions and the domain helpers. Parsing and the setters run in C++ (src/url through
// internalBinding('url')): a parse returns the href and fills `components` with the offsets of
// each part, which the getters slice out of the href.
// Written from the URL Standard, Node's documentation and observed Node 22 behaviour.

const binding = internalBinding('url');
const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_THIS,
    ERR_INVALID_TUPLE,
    ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
let inspectFn;
function inspect(...args) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(...args);
}

// Component slots, as src/bindings/url.cc writes them.
const kProtocolEnd = 0;
const kUsernameStart = 1;
const kUsernameEnd = 2;
const kPasswordStart = 3;
const kPasswordEnd = 4;
const kHostStart = 5;
const kHostEnd = 6;
const kPort = 7;
const kPathnameStart = 8;
const kSearchStart = 9;
const kHashStart = 10;
const kFlags = 11;
const kNone = 0xFFFFFFFF;

// Setter actions of binding.update.
const kSetHref = 0;
const kSetProtocol = 1;
const kSetUsername = 2;
const kSetPassword = 3;
const kSetHost = 4;
const kSetHostname = 5;
const kSetPort = 6;
const kSetPathname = 7;
const kSetSearch = 8;
const kSetHash = 9;

const components = binding.components;  // written by every parse and update

function toUSVString(value) {
  const s = `${value}`;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDFFF) return s.toWellFormed();
  }
  return s;
}

// ---- URLSearchParams -----------------------------------------------------------------------

const kHexTable = [];
for (let i = 0; i < 256; i++) kHexTable.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

// UTF-8 percent-encoding of every UTF-16 code unit not marked in `keep` (an Int8Array over
// ASCII), with ' ' as '+' when `spaceAsPlus`. A surrogate takes the next code unit along as
// its pair whatever it is (querystring.escape's behaviour; URLSearchParams strings are already
// well formed); a surrogate at the end throws ERR_INVALID_URI.
function encodeWithTable(str, keep, spaceAsPlus) {
  const len = str.length;
  if (len === 0) return '';
  let out = '';
  let last = 0;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (keep[c] === 1) continue;
      if (last < i) out += str.slice(last, i);
      last = i + 1;
      out += spaceAsPlus && c === 32 ? '+' : kHexTable[c];
      continue;
    }
    if (last < i) out += str.slice(last, i);
    if (c < 0x800) {
      last = i + 1;
      out += kHexTable[0xC0 | (c >> 6)] + kHexTable[0x80 | (c & 0x3F)];
      continue;
    }
    if (c < 0xD800 || c >= 0xE000) {
      last = i + 1;
      out += kHexTable[0xE0 | (c >> 12)] + kHexTable[0x80 | ((c >> 6) & 0x3F)] +
        kHexTable[0x80 | (c & 0x3F)];
      continue;
    }
    if (i + 1 >= len) throw new (require('internal/errors').codes.ERR_INVALID_URI)();
    const next = str.charCodeAt(i + 1);
    i++;
    last = i + 1;
    c = 0x10000 + (((c & 0x3FF) << 10) | (next & 0x3FF));
    out += kHexTable[0xF0 | (c >> 18)] + kHexTable[0x80 | ((c >> 12) & 0x3F)] +
      kHexTable[0x80 | ((c >> 6) & 0x3F)] + kHexTable[0x80 | (c & 0x3F)];
  }
  if (last === 0) return str;
  if (last < len) out += str.slice(last);
  return out;
}

// application/x-www-form-urlencoded keeps A-Z a-z 0-9 * - . _ and writes ' ' as '+'.
const kFormKeep = new Int8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789*-._') {
  kFormKeep[c.charCodeAt(0)] = 1;
}
function formEncode(s) {
  return encodeWithTable(s, kFormKeep, true);
}

function serializeParams(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i !== 0) out += '&';
    out += `${formEncode(list[i])}=${formEncode(list[i + 1])}`;
  }
  return out;
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  c |= 0x20;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// UTF-8 decoding of percent-decoded bytes with U+FFFD for malformed sequences (the maximal
// subpart is replaced by one U+FFFD, as TextDecoder does).
function decodeUtf8Bytes(bytes) {
  let out = '';
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const c = bytes[i];
    if (c < 0x80) {
      out += String.fromCharCode(c);
      i++;
      continue;
    }
    let need = 0;
    let lower = 0x80;
    let upper = 0xBF;
    let cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      cp = c & 0xF;
      if (c === 0xE0) lower = 0xA0;
      if (c === 0xED) upper = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      cp = c & 0x7;
      if (c === 0xF0) lower = 0x90;
      if (c === 0xF4) upper = 0x8F;
    } else {
      out += '\uFFFD';
      i++;
      continue;
    }
    let j = i + 1;
    let bad = false;
    for (let k = 0; k < need; k++, j++) {
      if (j >= n || bytes[j] < lower || bytes[j] > upper) {
        bad = true;
        break;
      }
      lower = 0x80;
      upper = 0xBF;
      cp = (cp << 6) | (bytes[j] & 0x3F);
    }
    if (bad) {
      out += '\uFFFD';
      i = j;
      continue;
    }
    out += String.fromCodePoint(cp);
    i = j;
  }
  return out;
}

// Percent-decodes (and with `plus`, reads '+' as a space), then UTF-8 decodes. Code points that
// were not percent-encoded are complete UTF-8 sequences, so only the runs of %XX need bytes.
function percentDecode(s, plus) {
  if (plus && s.includes('+')) s = s.replace(/\+/g, ' ');
  const pct = s.indexOf('%');
  if (pct === -1) return s;
  try {
    return decodeURIComponent(s);  // the same result whenever the bytes are valid UTF-8
  } catch {
    // Malformed: decode by hand below.
  }
  let out = s.slice(0, pct);
  let i = pct;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 37 && i + 2 < n + 0 && hexValue(s.charCodeAt(i + 1)) >= 0 &&
        hexValue(s.charCodeAt(i + 2)) >= 0) {
      const bytes = [];
      while (i + 2 < n && s.charCodeAt(i) === 37) {
        const hi = hexValue(s.charCodeAt(i + 1));
        const lo = hexValue(s.charCodeAt(i + 2));
        if (hi < 0 || lo < 0) break;
        bytes.push(hi * 16 + lo);
        i += 3;
      }
      out += decodeUtf8Bytes(bytes);
      continue;
    }
    const next = s.indexOf('%', i + 1);
    const end = next === -1 ? n : next;
    out += s.slice(i, end);
    i = end;
  }
  return out;
}

function parseParams(input, list) {
  if (input.length === 0) return;
  let start = 0;
  let nextEq = -2;
  const n = input.length;
  while (start <= n) {
    let amp = input.indexOf('&', start);
    if (amp === -1) amp = n;
    if (amp > start) {
      // The next '=' is looked up again only once passed: linear in the input.
      if (nextEq !== -1 && nextEq < start) nextEq = input.indexOf('=', start);
      if (nextEq === -1 || nextEq > amp) {
        list.push(percentDecode(input.slice(start, amp), true), '');
      } else {
        list.push(percentDecode(input.slice(start, nextEq), true),
                  percentDecode(input.slice(nextEq + 1, amp), true));
      }
    }
    start = amp + 1;
  }
}

const kIteratorState = Symbol('URLSearchParams iterator state');

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

function isURLSearchParams(self) {
  return self !== null && typeof self === 'object' && isParams(self);
}
let isParams;

class URLSearchParams {
  #list = [];
  #url = null;  // the owning URL, if any

  static {
    isParams = (o) => #list in o;
  }

  constructor(init = undefined) {
    if (init === undefined || init === null) {
      // Nothing: an empty list.
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && isURLSearchParams(init)) {
        const other = init.#list;
        for (let i = 0; i < other.length; i++) this.#list.push(other[i]);
      } else if (method !== undefined && method !== null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const items = [];
          for (const item of pair) items.push(item);
          if (items.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this.#list.push(toUSVString(items[0]), toUSVString(items[1]));
        }
      } else {
        // A record<USVString, USVString>: own enumerable keys; a later duplicate (after
        // USVString conversion) replaces the earlier value in place.
        const keys = Reflect.ownKeys(init);
        const seen = new Map();
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i];
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const k = toUSVString(key);
          const v = toUSVString(init[key]);
          const at = seen.get(k);
          if (at !== undefined) {
            this.#list[at + 1] = v;
          } else {
            seen.set(k, this.#list.length);
            this.#list.push(k, v);
          }
        }
      }
    } else {
      let s = toUSVString(init);
      if (s.charCodeAt(0) === 63 /* ? */) s = s.slice(1);
      parseParams(s, this.#list);
    }
  }

  // Internal: ties these params to a URL (its query changes with them).
  static attach(params, url, query) {
    params.#url = url;
    params.#list = [];
    parseParams(query, params.#list);
  }
  static reparse(params, query) {
    params.#list = [];
    parseParams(query, params.#list);
  }
  static serialize(params) {
    return serializeParams(params.#list);
  }

  #update() {
    if (this.#url !== null) setQueryFromParams(this.#url, serializeParams(this.#list));
  }

  get size() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return this.#list.length / 2;
  }

  append(name, value) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    this.#update();
  }

  get(name) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    const out = [];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) out.push(list[i + 1]);
    }
    return out;
  }

  has(name, value = undefined) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this.#list;
    name = toUSVString(name);
    value = toUSVString(value);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) list.push(name, value);
    this.#update();
  }

  sort() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Stable, by UTF-16 code units of the name.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (let i = 0; i < pairs.length; i++) {
      list[2 * i] = pairs[i][0];
      list[2 * i + 1] = pairs[i][1];
    }
    this.#update();
  }

  entries() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (typeof callback !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    }
    const list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
    }
  }

  keys() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createIterator(this, 'key');
  }

  values() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return createIterator(this, 'value');
  }

  toString() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return serializeParams(this.#list);
  }

  static listOf(params) {
    return params.#list;
  }

  [kInspect](recurseTimes, ctx) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return ctx.stylize('[Object]', 'special');
    }
    const opts = { ...ctx, depth: ctx.depth == null ? null : ctx.depth - 1 };
    const list = this.#list;
    const parts = [];
    for (let i = 0; i < list.length; i += 2) {
      parts.push(`${inspect(list[i], opts)} => ${inspect(list[i + 1], opts)}`);
    }
    return formatEntries('URLSearchParams', parts, ctx);
  }
}

function formatEntries(name, parts, ctx) {
  if (parts.length === 0) return `${name} {}`;
  let length = 0;
  for (let i = 0; i < parts.length; i++) length += parts[i].length + (i ? 2 : 0);
  const breakLength = ctx.breakLength === undefined ? 80 : ctx.breakLength;
  if (length > breakLength) return `${name} {\n  ${parts.join(',\n  ')} }`;
  return `${name} { ${parts.join(', ')} }`;
}

const listOf = URLSearchParams.listOf;
delete URLSearchParams.listOf;
const attachParams = URLSearchParams.attach;
const reparseParams = URLSearchParams.reparse;
delete URLSearchParams.attach;
delete URLSearchParams.reparse;
delete URLSearchParams.serialize;

Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams', configurable: true,
});
for (const name of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries',
  'forEach', 'keys', 'values', 'toString']) {
  Object.defineProperty(URLSearchParams.prototype, name, { enumerable: true });
}

const URLSearchParamsIteratorPrototype = Object.create(IteratorPrototype, {
  next: {
    value: function next() {
      const state = this === null || typeof this !== 'object' ? undefined : this[kIteratorState];
      if (state === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      const list = listOf(state.target);
      const i = state.index;
      if (i >= list.length) return { value: undefined, done: true };
      state.index = i + 2;
      let value;
      if (state.kind === 'key') value = list[i];
      else if (state.kind === 'value') value = list[i + 1];
      else value = [list[i], list[i + 1]];
      return { value, done: false };
    },
    writable: true, enumerable: true, configurable: true,
  },
  [kInspect]: {
    value: function(recurseTimes, ctx) {
      const state = this[kIteratorState];
      if (state === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      if (typeof recurseTimes === 'number' && recurseTimes < 0) {
        return ctx.stylize('[Object]', 'special');
      }
      const opts = { ...ctx, depth: recurseTimes == null ? null : recurseTimes - 1 };
      const list = listOf(state.target);
      const items = [];
      for (let i = state.index; i < list.length; i += 2) {
        if (state.kind === 'key') items.push(list[i]);
        else if (state.kind === 'value') items.push(list[i + 1]);
        else items.push([list[i], list[i + 1]]);
      }
      if (items.length === 0) return 'URLSearchParams Iterator {  }';
      // Laid out on one line exactly when the same items as an array would be.
      const parts = items.map((v) => inspect(v, opts));
      const asArray = inspect(items, { ...ctx, depth: opts.depth === null ? null : opts.depth + 1 });
      if (asArray.includes('\n')) return `URLSearchParams Iterator {\n  ${parts.join(',\n  ')} }`;
      return `URLSearchParams Iterator { ${parts.join(', ')} }`;
    },
    writable: true, configurable: true,
  },
  [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
});

function createIterator(target, kind) {
  const it = Object.create(URLSearchParamsIteratorPrototype);
  Object.defineProperty(it, kIteratorState, {
    value: { target, kind, index: 0 }, writable: false, enumerable: false, configurable: false,
  });
  return it;
}

// ---- URL -----------------------------------------------------------------------------------

const kParsed = Symbol('parsed');
let setQueryFromParams;
let isURLInstance;

class URL {
  #href = '';
  #c = null;  // a copy of the components
  #searchParams = null;

  static {
    isURLInstance = (o) => #href in o;
    setQueryFromParams = (url, serialized) => url.#setQuery(serialized);
  }

  constructor(input, base = undefined) {
    if (input === kParsed) {
      this.#set(base);
      return;
    }
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const href = binding.parse(input, base);
    if (href === undefined) throw new ERR_INVALID_URL(input, base);
    this.#set(href);
  }

  #set(href) {
    this.#href = href;
    const c = components;
    this.#c = [c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11]];
    if (this.#searchParams !== null) reparseParams(this.#searchParams, this.#query());
  }

  #query() {
    const c = this.#c;
    const start = c[kSearchStart];
    if (start === kNone) return '';
    const end = c[kHashStart] === kNone ? this.#href.length : c[kHashStart];
    return this.#href.slice(start + 1, end);
  }

  // The URLSearchParams update steps: the query becomes the serialised list (null if empty).
  #setQuery(serialized) {
    const c = this.#c;
    const href = this.#href;
    const hash = c[kHashStart];
    const searchStart = c[kSearchStart];
    const cut = searchStart !== kNone ? searchStart : hash !== kNone ? hash : href.length;
    const tail = hash !== kNone ? href.slice(hash) : '';
    const query = serialized === '' ? '' : `?${serialized}`;
    this.#href = href.slice(0, cut) + query + tail;
    c[kSearchStart] = serialized === '' ? kNone : cut;
    if (hash !== kNone) c[kHashStart] = cut + query.length;
  }

  #update(action, value) {
    const href = binding.update(this.#href, action, `${value}`);
    if (typeof href === 'string') this.#set(href);
    return href;
  }

  [kInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    const name = this.constructor === URL || typeof this.constructor?.name !== 'string' ?
      'URL' : this.constructor.name;
    return `${name} ${inspect(obj, opts)}`;
  }

  toString() {
    return this.#href;
  }

  get href() {
    return this.#href;
  }
  set href(value) {
    value = `${value}`;
    if (this.#update(kSetHref, value) === false) throw new ERR_INVALID_URL(value);
  }

  get origin() {
    const protocol = this.protocol;
    switch (protocol) {
      case 'http:':
      case 'https:':
      case 'ws:':
      case 'wss:':
      case 'ftp:':
        return `${protocol}//${this.host}`;
      case 'blob:':
        return binding.getOrigin(this.#href);
      default:
        return 'null';
    }
  }

  get protocol() {
    return this.#href.slice(0, this.#c[kProtocolEnd]);
  }
  set protocol(value) {
    this.#update(kSetProtocol, value);
  }

  get username() {
    const c = this.#c;
    return this.#href.slice(c[kUsernameStart], c[kUsernameEnd]);
  }
  set username(value) {
    this.#update(kSetUsername, value);
  }

  get password() {
    const c = this.#c;
    return this.#href.slice(c[kPasswordStart], c[kPasswordEnd]);
  }
  set password(value) {
    this.#update(kSetPassword, value);
  }

  get host() {
    const c = this.#c;
    const hostname = this.#href.slice(c[kHostStart], c[kHostEnd]);
    return c[kPort] === kNone ? hostname : `${hostname}:${c[kPort]}`;
  }
  set host(value) {
    this.#update(kSetHost, value);
  }

  get hostname() {
    const c = this.#c;
    return this.#href.slice(c[kHostStart], c[kHostEnd]);
  }
  set hostname(value) {
    this.#update(kSetHostname, value);
  }

  get port() {
    const port = this.#c[kPort];
    return port === kNone ? '' : `${port}`;
  }
  set port(value) {
    this.#update(kSetPort, value);
  }

  get pathname() {
    const c = this.#c;
    let end = c[kSearchStart];
    if (end === kNone) end = c[kHashStart];
    if (end === kNone) end = this.#href.length;
    return this.#href.slice(c[kPathnameStart], end);
  }
  set pathname(value) {
    this.#update(kSetPathname, value);
  }

  get search() {
    const c = this.#c;
    const start = c[kSearchStart];
    if (start === kNone) return '';
    const end = c[kHashStart] === kNone ? this.#href.length : c[kHashStart];
    return end - start <= 1 ? '' : this.#href.slice(start, end);
  }
  set search(value) {
    this.#update(kSetSearch, toUSVString(value));
  }

  get searchParams() {
    if (this.#searchParams === null) {
      this.#searchParams = new URLSearchParams();
      attachParams(this.#searchParams, this, this.#query());
    }
    return this.#searchParams;
  }

  get hash() {
    const start = this.#c[kHashStart];
    if (start === kNone || this.#href.length - start <= 1) return '';
    return this.#href.slice(start);
  }
  set hash(value) {
    this.#update(kSetHash, value);
  }

  toJSON() {
    return this.#href;
  }

  static parse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = `${url}`;
    if (base !== undefined) base = `${base}`;
    const href = binding.parse(url, base);
    if (href === undefined) return null;
    // The components of that parse are still in place: no second parse.
    return new URL(kParsed, href);
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = `${url}`;
    if (base !== undefined) base = `${base}`;
    return binding.canParse(url, base);
  }

  static createObjectURL(obj) {
    const Blob = lazyBlob();
    if (Blob === undefined || !(obj instanceof Blob)) {
      throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
    }
    // Blob URLs need a blob store that nodus does not have yet.
    const { ERR_METHOD_NOT_IMPLEMENTED } = require('internal/errors').codes;
    throw new ERR_METHOD_NOT_IMPLEMENTED('createObjectURL()');
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    // Nothing is ever registered (see createObjectURL).
  }
}

function lazyBlob() {
  try {
    return require('buffer').Blob;
  } catch {
    return undefined;
  }
}

for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host',
  'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  Object.defineProperty(URL.prototype, name, { enumerable: true });
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
for (const name of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
  Object.defineProperty(URL, name, { enumerable: true });
}

function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined &&
                 self.path === undefined);
}

// ---- helpers -------------------------------------------------------------------------------

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToUnicode(`${domain}`);
}

function isWindowsOption(options) {
  if (options != null && typeof options === 'object' && options.windows !== undefined) {
    return Boolean(options.windows);
  }
  return process.platform === 'win32';
}

function fileURLToPath(path, options = undefined) {
  const windows = isWindowsOption(options);
  if (typeof path === 'string') {
    path = new URL(path);
  } else if (!isURL(path)) {
    throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  }
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return windows ? windowsPathFromURL(path) : posixPathFromURL(path);
}

function hasEncoded(pathname, windows) {
  for (let i = pathname.indexOf('%'); i !== -1; i = pathname.indexOf('%', i + 1)) {
    const a = pathname.charCodeAt(i + 1);
    const b = pathname.charCodeAt(i + 2) | 0x20;
    if (a === 50 /* 2 */ && b === 102 /* f */) return true;
    if (windows && a === 53 /* 5 */ && b === 99 /* c */) return true;
  }
  return false;
}

function posixPathFromURL(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  if (hasEncoded(pathname, false)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters', url);
  }
  return decodeURIComponent(pathname);
}

function windowsPathFromURL(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  if (hasEncoded(pathname, true)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters', url);
  }
  pathname = pathname.replace(/\//g, '\\');
  pathname = decodeURIComponent(pathname);
  if (hostname !== '') {
    // A UNC path: \\server\share\...
    return `\\\\${domainToUnicode(hostname)}${pathname}`;
  }
  const letter = pathname.charCodeAt(1) | 0x20;
  if (letter < 97 || letter > 122 || pathname[2] !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute', url);
  }
  return pathname.slice(1);
}

// Characters a path keeps that the URL parser would drop or read as syntax.
const kPathEscapes = { '%': '%25', '\\': '%5C', '\n': '%0A', '\r': '%0D', '\t': '%09',
                       '?': '%3F', '#': '%23' };
const kPosixPathChars = /[%\\\n\r\t?#]/g;
const kWindowsPathChars = /[%\n\r\t?#]/g;
function escapePathChar(c) { return kPathEscapes[c]; }

function pathToFileURL(filepath, options = undefined) {
  const windows = isWindowsOption(options);
  const pathModule = require('path');
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  if (windows && filepath.startsWith('\\\\')) {
    // UNC path: \\server\share\file
    const hostEnd = filepath.indexOf('\\', 2);
    if (hostEnd === -1) {
      throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    }
    if (hostEnd === 2) {
      throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    }
    const hostname = filepath.slice(2, hostEnd);
    const out = new URL('file://');
    out.hostname = domainToASCII(hostname);
    out.pathname = filepath.slice(hostEnd).replace(/\\/g, '/').replace(kWindowsPathChars,
                                                                       escapePathChar);
    return out;
  }
  const impl = windows ? pathModule.win32 : pathModule.posix;
  let resolved = impl.resolve(filepath);
  const last = filepath.charCodeAt(filepath.length - 1);
  if ((last === 47 /* / */ || (windows && last === 92 /* \ */)) &&
      resolved[resolved.length - 1] !== impl.sep) {
    resolved += '/';
  }
  if (windows) {
    resolved = resolved.replace(kWindowsPathChars, escapePathChar).replace(/\\/g, '/');
    if (!resolved.startsWith('/')) resolved = `/${resolved}`;
  } else {
    resolved = resolved.replace(kPosixPathChars, escapePathChar);
  }
  const out = new URL('file://');
  out.pathname = resolved;
  return out;
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

function urlToHttpOptions(url) {
  const hostname = url.hostname;
  const pathname = url.pathname;
  const search = url.search;
  const port = url.port;
  const username = url.username;
  const password = url.password;
  const options = Object.assign(Object.create(null), { ...url });
  options.protocol = url.protocol;
  options.hostname = hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname;
  options.hash = url.hash;
  options.search = search;
  options.pathname = pathname;
  options.path = `${pathname || ''}${search || ''}`;
  options.href = url.href;
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

module.exports = {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  toPathIfFileURL,
  urlToHttpOptions,
  isURL,
  isURLInstance: (o) => o !== null && typeof o === 'object' && isURLInstance(o),
  formEncode,
  encodeWithTable,
  hexValue,
  percentDecode,
  toUSVString,
  binding,
};
