'use strict';
// Blob and File (WHATWG File API) over an immutable byte copy.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kBytes = Symbol('kBytes');
const kType = Symbol('kType');
const kName = Symbol('kName');
const kLastModified = Symbol('kLastModified');

let BufferModule;
function lazyBuffer() {
  if (BufferModule === undefined) BufferModule = require('buffer').Buffer;
  return BufferModule;
}

let encoder;
function encodeUtf8(s) {
  if (encoder === undefined) encoder = new TextEncoder();
  return encoder.encode(s);
}

function isBlob(value) {
  return value !== null && typeof value === 'object' && value[kBytes] !== undefined;
}

function validateDictionary(value, name) {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'a dictionary', value);
  }
}

// The type must be printable ASCII; it is stored lower-cased.
function normalizeType(type) {
  type = `${type}`;
  for (let i = 0; i < type.length; i++) {
    const c = type.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return '';
  }
  return type.toLowerCase();
}

function toBytes(source, endings) {
  if (typeof source === 'string') {
    if (endings === 'native') source = source.replace(/\r\n/g, '\n');
    return encodeUtf8(source);
  }
  if (isBlob(source)) return source[kBytes];
  if (ArrayBuffer.isView(source)) {
    return new Uint8Array(source.buffer, source.byteOffset, source.byteLength).slice();
  }
  if (source instanceof ArrayBuffer ||
      (typeof SharedArrayBuffer === 'function' && source instanceof SharedArrayBuffer)) {
    return new Uint8Array(source).slice();
  }
  let s = `${source}`;
  if (endings === 'native') s = s.replace(/\r\n/g, '\n');
  return encodeUtf8(s);
}

function concatBytes(parts, total) {
  const out = new Uint8Array(total);
  let pos = 0;
  for (const part of parts) {
    out.set(part, pos);
    pos += part.length;
  }
  return out;
}

function makeBlob(bytes, type) {
  const blob = Object.create(Blob.prototype);
  blob[kBytes] = bytes;
  blob[kType] = type;
  return blob;
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources !== 'object' ||
        typeof sources[Symbol.iterator] !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    let type = '';
    let endings = 'transparent';
    if (options != null) {
      if (options.type !== undefined) type = options.type;
      if (options.endings !== undefined) endings = `${options.endings}`;
    }
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    let total = 0;
    for (const source of sources) {
      const bytes = toBytes(source, endings);
      parts.push(bytes);
      total += bytes.length;
    }
    this[kBytes] = parts.length === 1 ? parts[0] : concatBytes(parts, total);
    this[kType] = normalizeType(type);
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kType];
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kBytes].length;
  }

  slice(start = 0, end = undefined, contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const size = this[kBytes].length;
    start = relativeIndex(start, size);
    end = end === undefined ? size : relativeIndex(end, size);
    const span = Math.max(end - start, 0);
    return makeBlob(this[kBytes].subarray(start, start + span), normalizeType(contentType));
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const bytes = this[kBytes];
    return Promise.resolve(bytes.slice().buffer);
  }

  text() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    // Settles a tick after arrayBuffer(), as Node's does.
    return this.arrayBuffer().then((ab) => lazyBuffer().prototype.utf8Slice.call(new Uint8Array(ab)));
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(this[kBytes].slice());
  }

  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const ReadableStream = globalThis.ReadableStream;
    if (typeof ReadableStream !== 'function') {
      // Web streams are not part of nodus yet.
      throw new Error('Blob.prototype.stream() needs web streams (ReadableStream), not available yet');
    }
    const bytes = this[kBytes];
    let offset = 0;
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (offset >= bytes.length) {
          controller.close();
          return;
        }
        const end = Math.min(offset + 65536, bytes.length);
        controller.enqueue(bytes.slice(offset, end));
        offset = end;
      },
    });
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return '[Blob]';
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Blob ${inspect({ size: this.size, type: this.type }, opts)}`;
  }
}

function relativeIndex(index, size) {
  index = Math.trunc(+index) || 0;
  if (index < 0) return Math.max(size + index, 0);
  return Math.min(index, size);
}

Object.defineProperty(Blob.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Blob', writable: false, enumerable: false, configurable: true,
});
for (const key of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'bytes', 'stream']) {
  const desc = Object.getOwnPropertyDescriptor(Blob.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(Blob.prototype, key, desc);
}
// Node lists type before size.
{
  const keys = ['type', 'size', 'slice', 'arrayBuffer', 'text', 'bytes', 'stream'];
  const descs = keys.map((k) => Object.getOwnPropertyDescriptor(Blob.prototype, k));
  for (const k of keys) delete Blob.prototype[k];
  keys.forEach((k, i) => Object.defineProperty(Blob.prototype, k, descs[i]));
}

class File extends Blob {
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let lastModified;
    if (options != null && options.lastModified !== undefined) {
      lastModified = +options.lastModified;
      lastModified = lastModified !== lastModified ? 0 : Math.trunc(lastModified);
    } else {
      lastModified = Date.now();
    }
    this[kName] = `${fileName}`;
    this[kLastModified] = lastModified;
  }

  get name() {
    if (!(this instanceof File)) throw new ERR_INVALID_THIS('File');
    return this[kName];
  }

  get lastModified() {
    if (!(this instanceof File)) throw new ERR_INVALID_THIS('File');
    return this[kLastModified];
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return '[File]';
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `File ${inspect({
      size: this.size,
      type: this.type,
      name: this[kName],
      lastModified: this[kLastModified],
    }, opts)}`;
  }
}

Object.defineProperty(File.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'File', writable: false, enumerable: false, configurable: true,
});
for (const key of ['name', 'lastModified']) {
  const desc = Object.getOwnPropertyDescriptor(File.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(File.prototype, key, desc);
}

// Object URLs (URL.createObjectURL) are not supported yet: nothing resolves.
function resolveObjectURL(url) {
  `${url}`;  // eslint-disable-line no-unused-expressions
  return undefined;
}

module.exports = { Blob, File, isBlob, resolveObjectURL };
