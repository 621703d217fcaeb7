'use strict';
// FormData (XHR standard): an ordered list of entries whose values are strings or Files, its
// multipart/form-data encoding for request bodies, and the parsers Body.formData() uses.

const { Blob, File, isBlob } = require('internal/blob');

const kEntries = Symbol('kEntries');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

function isFormData(value) {
  return value !== null && typeof value === 'object' && Array.isArray(value[kEntries]);
}

function checkThis(self) {
  if (!isFormData(self)) throw new TypeError('Illegal invocation');
}

function makeEntry(name, value, filename, method, argc) {
  name = `${name}`;
  if (argc > 2 && !isBlob(value)) {
    throw new TypeError(`Failed to execute '${method}' on 'FormData': parameter 2 is not of type 'Blob'`);
  }
  if (!isBlob(value)) return [name, `${value}`];
  if (!(value instanceof File) || filename !== undefined) {
    const options = { type: value.type };
    if (value instanceof File) options.lastModified = value.lastModified;
    value = new File([value], filename !== undefined ? `${filename}` : (value instanceof File ? value.name : 'blob'), options);
  }
  return [name, value];
}

function requireArgs(argc, n, method) {
  if (argc < n) {
    throw new TypeError(`FormData.${method}: ${n} argument${n > 1 ? 's' : ''} required, but only ${argc} present.`);
  }
}

class FormData {
  constructor(form = undefined) {
    if (form !== undefined) {
      throw new TypeError("FormData constructor: Argument 1 could not be converted to: undefined.");
    }
    this[kEntries] = [];
  }

  append(name, value, filename = undefined) {
    checkThis(this);
    requireArgs(arguments.length, 2, 'append');
    this[kEntries].push(makeEntry(name, value, filename, 'append', arguments.length));
  }

  delete(name) {
    checkThis(this);
    requireArgs(arguments.length, 1, 'delete');
    name = `${name}`;
    this[kEntries] = this[kEntries].filter((e) => e[0] !== name);
  }

  get(name) {
    checkThis(this);
    requireArgs(arguments.length, 1, 'get');
    name = `${name}`;
    const e = this[kEntries].find((x) => x[0] === name);
    return e === undefined ? null : e[1];
  }

  getAll(name) {
    checkThis(this);
    requireArgs(arguments.length, 1, 'getAll');
    name = `${name}`;
    return this[kEntries].filter((e) => e[0] === name).map((e) => e[1]);
  }

  has(name) {
    checkThis(this);
    requireArgs(arguments.length, 1, 'has');
    name = `${name}`;
    return this[kEntries].some((e) => e[0] === name);
  }

  set(name, value, filename = undefined) {
    checkThis(this);
    requireArgs(arguments.length, 2, 'set');
    const entry = makeEntry(name, value, filename, 'set', arguments.length);
    const list = this[kEntries];
    const first = list.findIndex((e) => e[0] === entry[0]);
    if (first === -1) {
      list.push(entry);
    } else {
      this[kEntries] = list.filter((e, i) => i === first || e[0] !== entry[0]);
      this[kEntries][first] = entry;
    }
  }

  forEach(callback, thisArg = undefined) {
    checkThis(this);
    if (typeof callback !== 'function') {
      throw new TypeError("FormData.forEach: Argument 1 could not be converted to: Function.");
    }
    for (const [name, value] of [...this[kEntries]]) callback.call(thisArg, value, name, this);
  }

  * entries() { checkThis(this); for (const [n, v] of this[kEntries]) yield [n, v]; }
  * keys() { checkThis(this); for (const [n] of this[kEntries]) yield n; }
  * values() { checkThis(this); for (const [, v] of this[kEntries]) yield v; }

  [customInspectSymbol](depth, options, inspect) {
    return `FormData ${inspect(this[kEntries].map(([name, value]) => ({ name, value })), options)}`;
  }
}
FormData.prototype[Symbol.iterator] = FormData.prototype.entries;
Object.defineProperty(FormData.prototype, Symbol.toStringTag, { value: 'FormData', configurable: true });

const escapeName = (s) => s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
const crlf = (s) => s.replace(/\r?\n|\r/g, '\r\n');

// The multipart/form-data encoding: { parts (Uint8Array | Blob)[], length, type }.
function encodeMultipart(form) {
  const boundary = `----formdata-undici-0${`${Math.floor(Math.random() * 1e11)}`.padStart(11, '0')}`;
  const enc = new TextEncoder();
  const parts = [];
  let length = 0;
  const push = (p) => { parts.push(p); length += p instanceof Uint8Array ? p.byteLength : p.size; };
  for (const [name, value] of form[kEntries]) {
    if (typeof value === 'string') {
      push(enc.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(crlf(name))}"` +
                      `\r\n\r\n${crlf(value)}\r\n`));
    } else {
      push(enc.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(crlf(name))}"` +
                      `; filename="${escapeName(value.name)}"\r\n` +
                      `Content-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`));
      push(value);
      push(enc.encode('\r\n'));
    }
  }
  push(enc.encode(`--${boundary}--\r\n`));
  return { parts, length, type: `multipart/form-data; boundary=${boundary}` };
}

function parseUrlencoded(text) {
  const form = new FormData();
  for (const [name, value] of new URLSearchParams(text)) form.append(name, value);
  return form;
}

// Parses a multipart/form-data body (bytes) with the boundary from its content type.
function parseMultipart(bytes, contentType) {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (m === null) throw new TypeError('Failed to parse body as FormData.');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const delimiter = Buffer.from(`--${m[1] ?? m[2].trim()}`);
  const form = new FormData();
  let pos = buffer.indexOf(delimiter);
  if (pos === -1) throw new TypeError('Failed to parse body as FormData.');
  for (;;) {
    pos += delimiter.length;
    if (buffer[pos] === 0x2d && buffer[pos + 1] === 0x2d) break;  // the closing delimiter
    if (buffer[pos] === 0x0d && buffer[pos + 1] === 0x0a) pos += 2;
    const headEnd = buffer.indexOf('\r\n\r\n', pos);
    if (headEnd === -1) throw new TypeError('Failed to parse body as FormData.');
    const head = buffer.toString('utf8', pos, headEnd);
    const next = buffer.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headEnd + 4);
    if (next === -1) throw new TypeError('Failed to parse body as FormData.');
    const content = buffer.subarray(headEnd + 4, next);
    const disposition = /content-disposition:[^\r\n]*?\bname="([^"]*)"(?:;\s*filename="([^"]*)")?/i.exec(head);
    if (disposition === null) throw new TypeError('Failed to parse body as FormData.');
    const type = /content-type:\s*([^\r\n]*)/i.exec(head);
    if (disposition[2] !== undefined) {
      form.append(disposition[1], new File([content], disposition[2], { type: type ? type[1] : '' }));
    } else {
      form.append(disposition[1], content.toString('utf8'));
    }
    pos = next + 2;
  }
  return form;
}

module.exports = { FormData, isFormData, encodeMultipart, parseUrlencoded, parseMultipart, Blob };
