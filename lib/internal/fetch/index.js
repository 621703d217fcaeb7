'use strict';
// fetch(), Request and Response (WHATWG Fetch) over node:http/node:https: bodies as web
// streams, redirects (follow/error/manual), content decoding (gzip, deflate, br), AbortSignal,
// data: URLs, and the request bytes node 22's fetch sends (default headers and their order).

const { Headers, isHeaders, rawEntries, setGuard, cloneHeaders, appendTrusted } =
  require('internal/fetch/headers');
const { FormData, isFormData, encodeMultipart, parseUrlencoded, parseMultipart } = require('internal/fetch/formdata');
const { Blob, isBlob } = require('internal/blob');
const { ReadableStream, isReadableStream, isReadableStreamLocked } = require('internal/webstreams/readablestream');

const kBody = Symbol('kBody');
const kState = Symbol('kState');
const kHeaders = Symbol('kHeaders');
const kSignal = Symbol('kSignal');
const kIsDisturbed = Symbol.for('nodejs.stream.disturbed');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const kForbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);
const kNormalizedMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
const kNullBodyStatus = new Set([101, 103, 204, 205, 304]);
const kRedirectStatus = new Set([301, 302, 303, 307, 308]);
const kToken = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// The fetch standard's bad ports: requests to them fail before connecting.
const kBadPorts = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77,
  79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161,
  179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601,
  636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665,
  6666, 6667, 6668, 6669, 6679, 6697, 10080]);

const encoder = new TextEncoder();

// ---- bodies ------------------------------------------------------------------------------

// { bytes | parts | stream, length, type } for a BodyInit.
function extractBody(object, keepalive = false) {
  if (typeof object === 'string') {
    return { bytes: encoder.encode(object), type: 'text/plain;charset=UTF-8' };
  }
  if (object instanceof URLSearchParams) {
    return { bytes: encoder.encode(object.toString()), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
  }
  if (object instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && object instanceof SharedArrayBuffer)) {
    return { bytes: new Uint8Array(object.slice(0)), type: null };
  }
  if (ArrayBuffer.isView(object)) {
    return { bytes: new Uint8Array(object.buffer, object.byteOffset, object.byteLength).slice(), type: null };
  }
  if (isBlob(object)) {
    return { parts: [object], length: object.size, type: object.type || null };
  }
  if (isFormData(object)) {
    const { parts, length, type } = encodeMultipart(object);
    return { parts, length, type };
  }
  if (isReadableStream(object)) {
    if (keepalive) throw new TypeError('keepalive');
    if (object[kIsDisturbed] || isReadableStreamLocked(object)) {
      throw new TypeError('Response body object should not be disturbed or locked');
    }
    return { stream: object, type: null };
  }
  if (object !== null && typeof object === 'object' && typeof object[Symbol.asyncIterator] === 'function') {
    return { stream: ReadableStream.from(object), type: null };
  }
  return { bytes: encoder.encode(`${object}`), type: 'text/plain;charset=UTF-8' };
}

function bodyLength(body) {
  if (body.bytes !== undefined) return body.bytes.byteLength;
  if (body.parts !== undefined) return body.length;
  return null;
}

async function* iterateParts(parts) {
  for (const p of parts) {
    if (p instanceof Uint8Array) yield p;
    else yield new Uint8Array(await p.arrayBuffer());
  }
}

function bodyStream(body) {
  if (body.stream === undefined) {
    if (body.bytes !== undefined) {
      const bytes = body.bytes;
      body.stream = new ReadableStream({
        pull(controller) {
          if (bytes.byteLength > 0) controller.enqueue(bytes);
          controller.close();
        },
      });
    } else {
      body.stream = ReadableStream.from(iterateParts(body.parts));
    }
  }
  return body.stream;
}

function isUnusable(body) {
  return body !== null && (body.used || (body.stream !== undefined &&
    (body.stream[kIsDisturbed] || isReadableStreamLocked(body.stream))));
}

async function consumeBytes(owner) {
  const body = owner[kBody];
  if (isUnusable(body)) throw new TypeError('Body is unusable: Body has already been read');
  if (body === null) return new Uint8Array(0);
  body.used = true;
  if (body.stream === undefined && body.bytes !== undefined) return body.bytes;
  const chunks = [];
  let total = 0;
  const reader = bodyStream(body).getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) {
      throw new TypeError('Received non-Uint8Array chunk');
    }
    chunks.push(value);
    total += value.byteLength;
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

function decodeText(bytes) {
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
}

function mimeType(owner) {
  const type = owner[kHeaders].get('content-type');
  return type === null ? '' : type;
}

const bodyMixin = {
  get body() {
    const body = this[kBody];
    return body === null ? null : bodyStream(body);
  },
  get bodyUsed() {
    const body = this[kBody];
    return body !== null && (body.used || (body.stream !== undefined && body.stream[kIsDisturbed] === true));
  },
  async arrayBuffer() {
    const bytes = await consumeBytes(this);
    return bytes.buffer.byteLength === bytes.byteLength && bytes.byteOffset === 0 ?
      bytes.buffer : bytes.slice().buffer;
  },
  async bytes() {
    const bytes = await consumeBytes(this);
    return bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.byteLength ? bytes : bytes.slice();
  },
  async blob() {
    const bytes = await consumeBytes(this);
    const type = mimeType(this);
    return new Blob([bytes], { type });
  },
  async text() {
    return decodeText(await consumeBytes(this));
  },
  async json() {
    return JSON.parse(decodeText(await consumeBytes(this)));
  },
  async formData() {
    const type = mimeType(this);
    const bytes = await consumeBytes(this);
    if (/^multipart\/form-data/i.test(type)) return parseMultipart(bytes, type);
    if (/^application\/x-www-form-urlencoded/i.test(type)) return parseUrlencoded(decodeText(bytes));
    throw new TypeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
  },
};

function mixBody(cls) {
  for (const key of Reflect.ownKeys(bodyMixin)) {
    const desc = Reflect.getOwnPropertyDescriptor(bodyMixin, key);
    desc.enumerable = true;
    Reflect.defineProperty(cls.prototype, key, desc);
  }
}

function cloneBody(body) {
  if (body === null) return null;
  if (isUnusable(body)) throw new TypeError('Response.clone: Body has already been consumed.');
  if (body.stream === undefined) return { ...body };
  const [a, b] = body.stream.tee();
  body.stream = a;
  return { stream: b };
}

// ---- Request -----------------------------------------------------------------------------

function parseURL(input, base) {
  try {
    return new URL(input, base);
  } catch (err) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause: err });
  }
}

let patchWarned = false;
// fetch(url, { [kRawHeaderList]: true, headers }): send exactly these headers (lib-internal).
const kRawHeaderList = Symbol('kRawHeaderList');

class Request {
  constructor(input, init = {}) {
    if (arguments.length < 1) throw new TypeError('Request constructor: 1 argument required, but only 0 present.');
    if (init !== undefined && init !== null && typeof init !== 'object') {
      throw new TypeError("Request constructor: Expected init to be a dictionary.");
    }
    init ??= {};
    let state;
    let inputBody = null;
    if (input instanceof Request) {
      state = { ...input[kState] };
      inputBody = input[kBody];
      this[kHeaders] = new Headers(input[kHeaders]);
      this[kSignal] = input[kSignal];
    } else {
      const url = parseURL(`${input}`);
      if (url.username || url.password) {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
      state = { url, method: 'GET', redirect: 'follow', keepalive: false, duplex: undefined };
      this[kHeaders] = new Headers();
      this[kSignal] = undefined;
    }
    if (init.method !== undefined) {
      let method = `${init.method}`;
      if (!kToken.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
      const upper = method.toUpperCase();
      if (kForbiddenMethods.has(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
      if (kNormalizedMethods.has(upper)) method = upper;
      if (method === 'patch' && !patchWarned) {
        patchWarned = true;
        process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. ' +
                            '`PATCH` is much more likely to succeed.', { code: 'UNDICI-FETCH-patch' });
      }
      state.method = method;
    }
    if (init.redirect !== undefined) {
      if (!['follow', 'error', 'manual'].includes(init.redirect)) {
        throw new TypeError(`Request constructor: ${init.redirect} is not an accepted type. Expected one of follow, manual, error.`);
      }
      state.redirect = init.redirect;
    }
    if (init.keepalive !== undefined) state.keepalive = !!init.keepalive;
    if (init.signal !== undefined && init.signal !== null) {
      if (typeof init.signal !== 'object' || typeof init.signal.aborted !== 'boolean') {
        throw new TypeError("Request constructor: Expected signal (\"" + init.signal + "\") to be an instance of AbortSignal.");
      }
      this[kSignal] = init.signal;
    }
    if (init.headers !== undefined) this[kHeaders] = new Headers(init.headers);
    setGuard(this[kHeaders], 'request');
    let body = inputBody;
    if (init.body !== undefined && init.body !== null) {
      if (state.method === 'GET' || state.method === 'HEAD') {
        throw new TypeError('Request with GET/HEAD method cannot have body.');
      }
      body = extractBody(init.body, state.keepalive);
      if (body.stream !== undefined && init.body === body.stream && init.duplex !== 'half') {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
      if (body.type !== null && !this[kHeaders].has('content-type')) {
        this[kHeaders].append('content-type', body.type);
      }
    } else if (inputBody !== null) {
      if (isUnusable(inputBody)) throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      input[kBody] = { used: true, stream: undefined, bytes: new Uint8Array(0) };
    }
    this[kState] = state;
    this[kBody] = body;
  }

  get method() { return this[kState].method; }
  get url() { return this[kState].url.href; }
  get headers() { return this[kHeaders]; }
  get redirect() { return this[kState].redirect; }
  get keepalive() { return this[kState].keepalive; }
  get signal() {
    if (this[kSignal] === undefined) this[kSignal] = new AbortController().signal;
    return this[kSignal];
  }
  get destination() { return ''; }
  get referrer() { return 'about:client'; }
  get referrerPolicy() { return ''; }
  get mode() { return 'cors'; }
  get credentials() { return 'same-origin'; }
  get cache() { return 'default'; }
  get integrity() { return ''; }
  get isReloadNavigation() { return false; }
  get isHistoryNavigation() { return false; }
  get duplex() { return 'half'; }

  clone() {
    if (isUnusable(this[kBody])) throw new TypeError('unusable');
    const copy = Object.create(Request.prototype);
    copy[kState] = { ...this[kState] };
    copy[kHeaders] = cloneHeaders(this[kHeaders]);
    copy[kSignal] = this[kSignal];
    copy[kBody] = cloneBody(this[kBody]);
    return copy;
  }

  [customInspectSymbol](depth, options, inspect) {
    const obj = { method: this.method, url: this.url, headers: this.headers, destination: '',
      referrer: 'about:client', referrerPolicy: '', mode: 'cors', credentials: 'same-origin',
      cache: 'default', redirect: this.redirect, integrity: '', keepalive: this.keepalive,
      isReloadNavigation: false, isHistoryNavigation: false, signal: this.signal };
    return `Request ${inspect(obj, options)}`;
  }
}
mixBody(Request);
Object.defineProperty(Request.prototype, Symbol.toStringTag, { value: 'Request', configurable: true });

// ---- Response ----------------------------------------------------------------------------

function initResponse(response, init, body) {
  if (init !== undefined && init !== null && typeof init !== 'object') {
    throw new TypeError("Response constructor: Expected init to be a dictionary.");
  }
  init ??= {};
  const status = init.status === undefined ? 200 : Number(init.status);
  if (!Number.isInteger(status) || status < 200 || status > 599) {
    throw new RangeError(`init["status"] must be in the range of 200 to 599, inclusive.`);
  }
  const statusText = init.statusText === undefined ? '' : `${init.statusText}`;
  if (/[^\t\x20-\x7e\x80-\xff]/.test(statusText)) throw new TypeError('Invalid statusText');
  response[kState] = { status, statusText, type: 'default', urlList: [], redirected: false };
  response[kHeaders] = new Headers(init.headers);
  setGuard(response[kHeaders], 'response');
  response[kBody] = null;
  if (body !== null && body !== undefined) {
    if (kNullBodyStatus.has(status)) throw new TypeError('Response constructor: Invalid response status code ' + status);
    const extracted = extractBody(body);
    response[kBody] = extracted;
    if (extracted.type !== null && !response[kHeaders].has('content-type')) {
      response[kHeaders].append('content-type', extracted.type);
    }
  }
}

class Response {
  constructor(body = null, init = undefined) {
    initResponse(this, init, body);
  }

  static error() {
    const r = Object.create(Response.prototype);
    r[kState] = { status: 0, statusText: '', type: 'error', urlList: [], redirected: false };
    r[kHeaders] = new Headers();
    setGuard(r[kHeaders], 'immutable');
    r[kBody] = null;
    return r;
  }

  static json(data, init = undefined) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const r = new Response(text, init);
    r[kHeaders].set('content-type', 'application/json');
    return r;
  }

  static redirect(url, status = 302) {
    const parsed = parseURL(`${url}`);
    if (!kRedirectStatus.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const r = new Response(null, { status });
    r[kHeaders].set('location', parsed.href);
    setGuard(r[kHeaders], 'immutable');
    return r;
  }

  get type() { return this[kState].type; }
  get url() {
    const list = this[kState].urlList;
    if (list.length === 0) return '';
    const u = new URL(list[list.length - 1]);
    u.hash = '';
    return u.href;
  }
  get redirected() { return this[kState].redirected; }
  get status() { return this[kState].status; }
  get ok() { return this[kState].status >= 200 && this[kState].status <= 299; }
  get statusText() { return this[kState].statusText; }
  get headers() { return this[kHeaders]; }

  clone() {
    if (isUnusable(this[kBody])) throw new TypeError('Response.clone: Body has already been consumed.');
    const copy = Object.create(Response.prototype);
    copy[kState] = { ...this[kState], urlList: [...this[kState].urlList] };
    copy[kHeaders] = cloneHeaders(this[kHeaders]);
    copy[kBody] = cloneBody(this[kBody]);
    return copy;
  }

  [customInspectSymbol](depth, options, inspect) {
    const obj = { status: this.status, statusText: this.statusText, headers: this.headers,
      body: this.body, bodyUsed: this.bodyUsed, ok: this.ok, redirected: this.redirected,
      type: this.type, url: this.url };
    return `Response ${inspect(obj, options)}`;
  }
}
mixBody(Response);
Object.defineProperty(Response.prototype, Symbol.toStringTag, { value: 'Response', configurable: true });

// ---- fetch -------------------------------------------------------------------------------

let agents;
function agentFor(protocol) {
  if (agents === undefined) {
    agents = {
      'http:': new (require('http').Agent)({ keepAlive: true }),
      'https:': new (require('https').Agent)({ keepAlive: true }),
    };
  }
  return agents[protocol];
}

function fetchFailed(cause) {
  return new TypeError('fetch failed', { cause });
}

function abortReason(signal) {
  return signal.reason !== undefined ? signal.reason :
    new DOMException('This operation was aborted', 'AbortError');
}

function dataURLResponse(url) {
  const href = url.href;
  const comma = href.indexOf(',');
  if (comma === -1) throw fetchFailed(new TypeError('invalid data: URL'));
  let meta = href.slice(5, comma).trim();
  let data = href.slice(comma + 1);
  const hash = data.indexOf('#');
  if (hash !== -1) data = data.slice(0, hash);
  let bytes;
  const base64 = /;\s*base64$/i.test(meta);
  if (base64) {
    meta = meta.replace(/;\s*base64$/i, '');
    bytes = Buffer.from(decodeURIComponent(data).replace(/\s/g, ''), 'base64');
  } else {
    bytes = Buffer.from(decodeURIComponent(data), 'latin1');
  }
  if (meta === '' || meta.startsWith(';')) meta = `text/plain${meta || ';charset=US-ASCII'}`;
  const r = new Response(new Uint8Array(bytes), { headers: { 'content-type': meta } });
  r[kState].type = 'basic';
  r[kState].urlList = [href];
  setGuard(r[kHeaders], 'immutable');
  return r;
}

// The headers node 22's fetch sends, in its order.
function requestHeaders(request, url, length) {
  const own = rawEntries(request[kHeaders]);
  if (request[kState].rawHeaderList) {
    // An internal caller's own list (EventSource's), in its order: only host, connection and
    // accept-encoding are added.
    return ['host', url.host, 'connection', 'keep-alive', ...own.flat(), 'accept-encoding', 'gzip, deflate'];
  }
  const has = (name) => request[kHeaders].has(name);
  const out = ['host', url.host];
  if (!has('connection')) out.push('connection', 'keep-alive');
  const defaults = [['accept', '*/*'], ['accept-language', '*'], ['sec-fetch-mode', 'cors'],
    ['user-agent', 'node'], ['accept-encoding', 'gzip, deflate']];
  const contentType = own.find(([n]) => n.toLowerCase() === 'content-type');
  if (contentType) out.push(contentType[0], contentType[1]);
  for (const [name, value] of own) {
    const lower = name.toLowerCase();
    if (lower === 'content-type' || lower === 'host' || lower === 'content-length') continue;
    if (defaults.some(([d]) => d === lower)) continue;
    out.push(name, value);
  }
  for (const [name, value] of defaults) {
    const mine = own.find(([n]) => n.toLowerCase() === name);
    if (mine) out.push(mine[0], mine[1]);
    else out.push(name, value);
  }
  if (length !== null) out.push('content-length', `${length}`);
  else if (request[kBody] !== null) out.push('transfer-encoding', 'chunked');
  return out;
}

function decoderFor(encoding) {
  const zlib = require('zlib');
  const codings = encoding.toLowerCase().split(',').map((s) => s.trim()).filter(Boolean).reverse();
  const streams = [];
  for (const coding of codings) {
    if (coding === 'gzip' || coding === 'x-gzip') {
      streams.push(zlib.createGunzip({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    } else if (coding === 'deflate') {
      streams.push(zlib.createInflate({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    } else if (coding === 'br') {
      streams.push(zlib.createBrotliDecompress({ flush: zlib.constants.BROTLI_OPERATION_FLUSH,
        finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH }));
    } else {
      return null;  // an unknown coding: the body is passed on as it came
    }
  }
  return streams;
}

// A web stream over a node Readable, paused while the web stream's queue is full.
function webStreamFrom(readable, onCancel, toError) {
  let done = false;
  return new ReadableStream({
    start(controller) {
      readable.on('data', (chunk) => {
        if (done) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if (controller.desiredSize <= 0) readable.pause();
      });
      readable.on('end', () => {
        if (done) return;
        done = true;
        controller.close();
      });
      readable.on('error', (err) => {
        if (done) return;
        done = true;
        controller.error(toError(err));
      });
      readable.pause();
    },
    pull() {
      readable.resume();
    },
    cancel(reason) {
      done = true;
      onCancel(reason);
    },
  }, { highWaterMark: 65536, size: (chunk) => chunk.byteLength });
}

function httpFetch(request, url, resolve, reject, redirects) {
  if (kBadPorts.has(Number(url.port))) {
    reject(fetchFailed(new Error('bad port')));
    return;
  }
  const signal = request[kSignal];
  const body = request[kBody];
  const length = body === null ? (request.method === 'POST' || request.method === 'PUT' ? 0 : null) :
    bodyLength(body);
  const mod = url.protocol === 'https:' ? require('https') : require('http');
  const options = {
    method: request.method,
    host: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    port: url.port || undefined,
    path: `${url.pathname}${url.search}`,
    headers: requestHeaders(request, url, length),
    agent: agentFor(url.protocol),
    setHost: false,
  };
  let settled = false;
  let req;
  let res = null;
  let stream = null;
  const onAbort = () => {
    const reason = abortReason(signal);
    if (!settled) {
      settled = true;
      reject(reason);
    }
    if (req) req.destroy();
    if (res) res.destroy(reason);
  };
  const fail = (err) => {
    if (settled) return;
    settled = true;
    if (signal) signal.removeEventListener('abort', onAbort);
    reject(err);
  };
  try {
    req = mod.request(options);
  } catch (err) {
    fail(fetchFailed(err));
    return;
  }
  if (signal) {
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
  }
  req.on('error', (err) => fail(fetchFailed(err)));
  req.on('response', (incoming) => {
    res = incoming;
    const status = incoming.statusCode;
    const location = incoming.headers.location;
    if (kRedirectStatus.has(status) && location !== undefined && request.redirect !== 'manual') {
      incoming.resume();
      if (request.redirect === 'error') {
        fail(fetchFailed(new Error('unexpected redirect')));
        return;
      }
      if (redirects >= 20) {
        fail(fetchFailed(new Error('redirect count exceeded')));
        return;
      }
      let next;
      try {
        next = new URL(location, url);
      } catch (err) {
        fail(fetchFailed(err));
        return;
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        fail(fetchFailed(new Error('URL scheme must be a HTTP(S) scheme')));
        return;
      }
      if (body !== null && body.stream !== undefined && status !== 303) {
        fail(fetchFailed(new Error('Cannot follow redirect with a streamed body')));
        return;
      }
      const redirected = Object.create(Request.prototype);
      redirected[kState] = { ...request[kState], url: next, urlList: [...(request[kState].urlList || [url.href]), next.href] };
      redirected[kHeaders] = new Headers(request[kHeaders]);
      redirected[kSignal] = signal;
      redirected[kBody] = body;
      if ((status === 303 && request.method !== 'HEAD') ||
          ((status === 301 || status === 302) && request.method === 'POST')) {
        redirected[kState].method = 'GET';
        redirected[kBody] = null;
        for (const h of ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location']) {
          redirected[kHeaders].delete(h);
        }
      }
      if (next.origin !== url.origin) {
        for (const h of ['authorization', 'cookie', 'proxy-authorization', 'host']) redirected[kHeaders].delete(h);
      }
      settled = true;
      if (signal) signal.removeEventListener('abort', onAbort);
      httpFetch(redirected, next, resolve, reject, redirects + 1);
      return;
    }
    const response = Object.create(Response.prototype);
    const headers = new Headers();
    const raw = incoming.rawHeaders;
    for (let i = 0; i + 1 < raw.length; i += 2) appendTrusted(headers, raw[i], raw[i + 1]);
    setGuard(headers, 'immutable');
    response[kHeaders] = headers;
    response[kState] = {
      status, statusText: incoming.statusMessage || '', type: 'basic',
      urlList: [...(request[kState].urlList || [url.href])], redirected: redirects > 0,
    };
    if (request.method === 'HEAD' || kNullBodyStatus.has(status)) {
      incoming.resume();
      response[kBody] = null;
    } else {
      let source = incoming;
      const encoding = incoming.headers['content-encoding'];
      const decoders = encoding ? decoderFor(encoding) : null;
      if (decoders && decoders.length > 0) {
        const { pipeline } = require('stream');
        source = decoders[decoders.length - 1];
        pipeline(incoming, ...decoders, () => {});
      }
      stream = webStreamFrom(source, () => { incoming.destroy(); },
                             (err) => (signal && signal.aborted ? abortReason(signal) : fetchFailed(err)));
      response[kBody] = { stream };
    }
    incoming.on('end', () => { if (signal) signal.removeEventListener('abort', onAbort); });
    settled = true;
    resolve(response);
  });
  if (body === null) {
    req.end();
  } else if (body.bytes !== undefined) {
    req.end(body.bytes);
  } else {
    (async () => {
      const reader = bodyStream(body).getReader();
      body.used = true;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (!req.write(value)) await new Promise((r) => req.once('drain', r));
      }
      req.end();
    })().catch((err) => {
      req.destroy(err);
      fail(fetchFailed(err));
    });
  }
}

function fetch(input, init = undefined) {
  return new Promise((resolve, reject) => {
    if (arguments.length < 1) {
      throw new TypeError("fetch: 1 argument required, but only 0 present.");
    }
    const request = new Request(input, init);
    if (init != null && init[kRawHeaderList] === true) request[kState].rawHeaderList = true;
    const url = request[kState].url;
    const signal = request[kSignal];
    if (signal && signal.aborted) {
      reject(abortReason(signal));
      return;
    }
    if (url.protocol === 'data:') {
      resolve(dataURLResponse(url));
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      reject(fetchFailed(new Error(url.protocol === 'file:' ? 'not implemented... yet...' : 'unknown scheme')));
      return;
    }
    httpFetch(request, url, resolve, reject, 0);
  });
}

module.exports = { fetch, Request, Response, Headers, FormData, isHeaders, kRawHeaderList, kBadPorts };
