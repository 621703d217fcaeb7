'use strict';
// http2 helpers without a session: settings packing and validation, header lists to and from
// nghttp2's flat form, error names and the ERR_HTTP2_ERROR class.

const { Buffer } = require('buffer');
const isArrayBufferView = (v) => ArrayBuffer.isView(v);
const {
  codes: {
    ERR_HTTP2_INVALID_SETTING_VALUE, ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS,
    ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH, ERR_INVALID_ARG_TYPE,
    ERR_HTTP2_INVALID_PSEUDOHEADER, ERR_HTTP2_INVALID_CONNECTION_HEADERS,
    ERR_HTTP2_HEADER_SINGLE_VALUE, ERR_INVALID_HTTP_TOKEN, ERR_HTTP2_INVALID_HEADER_VALUE,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const constants = require('internal/http2/constants');

const kMaxInt = 2 ** 32 - 1;
const kMaxWindow = 2 ** 31 - 1;
const kMaxFrame = 2 ** 24 - 1;
const kMaxCustomSettings = 10;
const sensitiveHeaders = Symbol('sensitiveHeaders');

// [name, id, kind, min, max]; kind 'n' numeric, 'b' boolean.
const kSettings = [
  ['headerTableSize', 1, 'n', 0, kMaxInt],
  ['enablePush', 2, 'b'],
  ['maxConcurrentStreams', 3, 'n', 0, kMaxInt],
  ['initialWindowSize', 4, 'n', 0, kMaxWindow],
  ['maxFrameSize', 5, 'n', 16384, kMaxFrame],
  ['maxHeaderListSize', 6, 'n', 0, kMaxInt],
  ['enableConnectProtocol', 8, 'b'],
];
const kStandardIds = new Set([1, 2, 3, 4, 5, 6, 8]);

function getDefaultSettings() {
  const s = { __proto__: null };
  s.headerTableSize = 4096;
  s.enablePush = true;
  s.initialWindowSize = 65535;
  s.maxFrameSize = 16384;
  s.maxConcurrentStreams = kMaxInt;
  s.maxHeaderSize = 65535;
  s.maxHeaderListSize = 65535;
  s.enableConnectProtocol = false;
  return s;
}

function checkRange(name, value, min, max) {
  if (typeof value !== 'number' || value < min || value > max) {
    throw new ERR_HTTP2_INVALID_SETTING_VALUE.RangeError(name, value, min, max);
  }
}

// Validates `settings` (node's rules and errors) and returns [[id, value], ...] in wire order,
// or undefined where node's packer gives up (a custom setting that is not an integer or reuses
// a standard id).
function settingsToPairs(settings) {
  validateObject(settings, 'settings');
  if (settings.maxHeaderSize !== undefined &&
      settings.maxHeaderSize !== settings.maxHeaderListSize) {
    process.emitWarning('settings.maxHeaderSize overwrite settings.maxHeaderListSize');
    settings = { ...settings, maxHeaderListSize: settings.maxHeaderSize };
  }
  const pairs = [];
  for (const [name, id, kind, min, max] of kSettings) {
    const v = settings[name];
    if (v === undefined) continue;
    if (kind === 'b') {
      if (typeof v !== 'boolean') throw new ERR_HTTP2_INVALID_SETTING_VALUE(name, v);
      pairs.push([id, v ? 1 : 0]);
    } else {
      checkRange(name, v, min, max);
      pairs.push([id, v]);
    }
  }
  const custom = settings.customSettings;
  if (custom !== undefined) {
    if (typeof custom !== 'object' || custom === null) {
      throw new ERR_INVALID_ARG_TYPE('customSettings', 'Number', custom);
    }
    const keys = Object.keys(custom);
    if (keys.length > kMaxCustomSettings) throw new ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS();
    let broken = false;
    for (const key of keys) {
      const id = Number(key);
      if (Number.isNaN(id) || id === 0) {
        throw new ERR_HTTP2_INVALID_SETTING_VALUE.RangeError('Range Error', id, 0, 0xffff);
      }
      checkRange('customSettings:id', id, 0, 0xffff);
      const v = custom[key];
      if (typeof v !== 'number') continue;
      checkRange('customSettings:value', v, 0, kMaxInt);
      if (!Number.isInteger(v) || kStandardIds.has(id)) broken = true;
      pairs.push([id, v]);
    }
    if (broken) return undefined;
  }
  return pairs;
}

// A session's transport (core.js; compat.js reaches it through its proxies).
const kSocket = Symbol('kSocket');

function getPackedSettings(settings) {
  if (settings === undefined) settings = {};
  const pairs = settingsToPairs(settings);
  if (pairs === undefined) return undefined;
  const buf = Buffer.alloc(pairs.length * 6);
  for (let i = 0; i < pairs.length; i++) {
    buf.writeUInt16BE(pairs[i][0], i * 6);
    buf.writeUInt32BE(Math.trunc(pairs[i][1]) >>> 0, i * 6 + 2);
  }
  return buf;
}

function settingsFromPairs(pairs, out = {}) {
  for (let i = 0; i < pairs.length; i += 2) {
    const id = pairs[i], v = pairs[i + 1];
    switch (id) {
      case 1: out.headerTableSize = v; break;
      case 2: out.enablePush = v !== 0; break;
      case 3: out.maxConcurrentStreams = v; break;
      case 4: out.initialWindowSize = v; break;
      case 5: out.maxFrameSize = v; break;
      case 6: out.maxHeaderListSize = out.maxHeaderSize = v; break;
      case 8: out.enableConnectProtocol = v !== 0; break;
      default:
        if (out.customSettings === undefined) out.customSettings = {};
        out.customSettings[id] = v;
    }
  }
  return out;
}

function getUnpackedSettings(buf, options = {}) {
  if (!isArrayBufferView(buf) || buf instanceof DataView) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray'], buf);
  }
  if (buf.byteLength % 6 !== 0) throw new ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH();
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const pairs = [];
  for (let off = 0; off < b.length; off += 6) pairs.push(b.readUInt16BE(off), b.readUInt32BE(off + 2));
  const out = settingsFromPairs(pairs);
  if (options != null && options.validate) {
    for (const [name, , kind, min, max] of kSettings) {
      if (kind === 'n' && out[name] !== undefined) checkRange(name, out[name], min, max);
    }
  }
  return out;
}

// ---- errors --------------------------------------------------------------------------------

const kErrorNames = [];
for (const key of Object.keys(constants)) {
  const m = /^NGHTTP2_(.*)$/.exec(key);
  if (m && !key.startsWith('NGHTTP2_ERR_') && key !== 'NGHTTP2_SESSION_SERVER' &&
      key !== 'NGHTTP2_SESSION_CLIENT' && !key.startsWith('NGHTTP2_STREAM_STATE') &&
      !key.startsWith('NGHTTP2_FLAG') && !key.startsWith('NGHTTP2_SETTINGS') &&
      !key.startsWith('NGHTTP2_HCAT') && !key.startsWith('NGHTTP2_DEFAULT') &&
      constants[key] <= 13 && kErrorNames[constants[key]] === undefined) {
    kErrorNames[constants[key]] = key;
  }
}
function nameForErrorCode(code) {
  return kErrorNames[code] || `UNKNOWN (${code})`;
}

// nghttp2's library errors (negative codes) as node's NghttpError.
let binding;
class NghttpError extends Error {
  constructor(code, message) {
    if (message === undefined) {
      binding ??= internalBinding('http2');
      message = binding.nghttp2ErrorString(code);
    }
    super(message);
    this.code = 'ERR_HTTP2_ERROR';
    this.name = 'Error';
    this.errno = code;
  }
  toString() { return `${this.name} [${this.code}]: ${this.message}`; }
}
Object.defineProperty(NghttpError.prototype, 'name', { value: 'Error', writable: true, configurable: true });

// ---- headers -------------------------------------------------------------------------------

const kValidPseudo = new Set([':status', ':method', ':authority', ':scheme', ':path', ':protocol']);
const kConnectionHeaders = new Set([
  'connection', 'upgrade', 'http2-settings', 'te', 'transfer-encoding', 'keep-alive',
  'proxy-connection',
]);
const kSingleValue = new Set([
  ':status', ':method', ':authority', ':scheme', ':path', ':protocol', 'access-control-allow-credentials',
  'access-control-max-age', 'access-control-request-method', 'age', 'authorization',
  'content-encoding', 'content-language', 'content-length', 'content-location', 'content-md5',
  'content-range', 'content-type', 'date', 'dnt', 'etag', 'expires', 'from', 'host',
  'if-match', 'if-modified-since', 'if-none-match', 'if-range', 'if-unmodified-since',
  'last-modified', 'location', 'max-forwards', 'proxy-authorization', 'range', 'referer',
  'retry-after', 'tk', 'upgrade-insecure-requests', 'user-agent', 'x-content-type-options',
]);
const kTokenRe = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const kInvalidValueRe = /[^\t\x20-\x7e\x80-\xff]/;

// Header object -> flat [name, value, flags, ...] (flags 1 = never indexed), pseudo-headers
// first. Throws node's errors for invalid names and values.
function headersToList(headers, isResponse) {
  const pseudo = [];
  const rest = [];
  const sensitive = headers[sensitiveHeaders];
  const never = new Set();
  if (Array.isArray(sensitive)) for (const s of sensitive) never.add(String(s).toLowerCase());
  for (const key of Object.keys(headers)) {
    let value = headers[key];
    if (value === undefined) continue;
    const name = key.toLowerCase();
    const isPseudo = name[0] === ':';
    if (isPseudo) {
      if (!kValidPseudo.has(name)) throw new ERR_HTTP2_INVALID_PSEUDOHEADER(name);
    } else if (!kTokenRe.test(name)) {
      throw new ERR_INVALID_HTTP_TOKEN('Header name', name);
    }
    if (Array.isArray(value)) {
      if (value.length > 1 && kSingleValue.has(name)) throw new ERR_HTTP2_HEADER_SINGLE_VALUE(name);
      if (value.length === 1) value = value[0];
    }
    if (kConnectionHeaders.has(name) && !(name === 'te' && (value === 'trailers' || value === 'Trailers'))) {
      throw new ERR_HTTP2_INVALID_CONNECTION_HEADERS(name);
    }
    const flag = never.has(name) ? 1 : 0;
    const target = isPseudo ? pseudo : rest;
    const push = (v) => {
      const s = String(v);
      if (kInvalidValueRe.test(s) && /[\r\n\0]/.test(s)) throw new ERR_HTTP2_INVALID_HEADER_VALUE(s, name);
      target.push(name, s, flag);
    };
    if (Array.isArray(value)) for (const v of value) push(v);
    else push(value);
  }
  return pseudo.concat(rest);
}

// Flat [name, value, flags, ...] from nghttp2 -> node's header object (null prototype, with
// [sensitiveHeaders]) and the raw [name, value, ...] list.
function listToHeaders(list) {
  const headers = { __proto__: null };
  const raw = [];
  const sensitive = [];
  for (let i = 0; i < list.length; i += 3) {
    const name = list[i];
    let value = list[i + 1];
    raw.push(name, value);
    if (name === ':status') value = +value;
    if (list[i + 2] & 1) sensitive.push(name);
    const cur = headers[name];
    if (cur === undefined) {
      headers[name] = name === 'set-cookie' ? [value] : value;
    } else if (kSingleValue.has(name)) {
      // the first one counts
    } else if (name === 'set-cookie') {
      cur.push(value);
    } else if (name === 'cookie') {
      headers[name] = `${cur}; ${value}`;
    } else {
      headers[name] = `${cur}, ${value}`;
    }
  }
  headers[sensitiveHeaders] = sensitive;
  return { headers, raw };
}

module.exports = {
  kMaxInt, kMaxWindow, kMaxFrame, sensitiveHeaders,
  kSocket, getDefaultSettings, getPackedSettings, getUnpackedSettings, settingsToPairs,
  settingsFromPairs,
  nameForErrorCode, NghttpError, headersToList, listToHeaders, kSingleValue,
};
