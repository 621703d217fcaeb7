'use strict';
// How a child of `nodus --test` hands its events to the parent: one line per event on stdout,
// marked so that the parent tells them from the file's own output. Values go through JSON with
// tags for what JSON cannot carry (errors with their own properties, undefined, bigint, ...).

const { isNativeError } = require('util').types;

const kMarker = '\u0000nodus:test:';

function encode(value, seen) {
  switch (typeof value) {
    case 'undefined': return { $: 'u' };
    case 'bigint': return { $: 'n', v: `${value}` };
    case 'symbol': return { $: 's', v: value.description ?? '' };
    case 'function': return { $: 'f', v: value.name };
    case 'number':
      if (Number.isNaN(value) || !Number.isFinite(value) || Object.is(value, -0)) {
        return { $: 'x', v: Object.is(value, -0) ? '-0' : `${value}` };
      }
      return value;
    case 'string':
    case 'boolean':
      return value;
    default:
      break;
  }
  if (value === null) return null;
  if (seen.has(value)) return { $: 'c' };
  seen.add(value);
  try {
    if (isNativeError(value) || value instanceof Error) {
      const props = {};
      for (const key of Object.keys(value)) props[key] = encode(value[key], seen);
      let ctor = 'Error';
      try { ctor = value.constructor?.name ?? 'Error'; } catch { /* keep Error */ }
      const out = { $: 'e', ctor, name: value.name, message: value.message, stack: value.stack,
        props };
      if (!Object.prototype.hasOwnProperty.call(props, 'cause') && 'cause' in value) {
        out.cause = encode(value.cause, seen);
      }
      return out;
    }
    if (value instanceof Date) return { $: 'd', v: value.getTime() };
    if (value instanceof RegExp) return { $: 'r', v: value.source, f: value.flags };
    if (Array.isArray(value)) {
      return { $: 'a', v: value.map((v) => encode(v, seen)) };
    }
    if (value instanceof Map) {
      return { $: 'm', v: [...value].map(([k, v]) => [encode(k, seen), encode(v, seen)]) };
    }
    if (value instanceof Set) return { $: 't', v: [...value].map((v) => encode(v, seen)) };
    const props = {};
    for (const key of Object.keys(value)) props[key] = encode(value[key], seen);
    let ctor = null;
    const proto = Object.getPrototypeOf(value);
    if (proto !== null) {
      try { ctor = proto.constructor?.name ?? null; } catch { ctor = null; }
    }
    return { $: 'o', ctor: proto === null ? null : ctor, v: props };
  } finally {
    seen.delete(value);
  }
}

const classCache = new Map();
function namedPrototype(name) {
  if (name === 'Object') return Object.prototype;
  if (!classCache.has(name)) {
    const holder = { [name]: class {} };
    classCache.set(name, holder[name].prototype);
  }
  return classCache.get(name);
}

function errorPrototype(name) {
  const g = globalThis[name];
  if (typeof g === 'function' && (g === Error || g.prototype instanceof Error)) return g.prototype;
  return Error.prototype;
}

function decode(v) {
  if (v === null || typeof v !== 'object') return v;
  switch (v.$) {
    case 'u': return undefined;
    case 'n': return BigInt(v.v);
    case 's': return Symbol(v.v);
    case 'f': return { [v.v]: function() {} }[v.v];
    case 'x': return v.v === '-0' ? -0 : Number(v.v);
    case 'c': return '[Circular]';
    case 'd': return new Date(v.v);
    case 'r': return new RegExp(v.v, v.f);
    case 'a': return v.v.map(decode);
    case 'm': return new Map(v.v.map(([k, val]) => [decode(k), decode(val)]));
    case 't': return new Set(v.v.map(decode));
    case 'o': {
      const out = Object.create(v.ctor === null ? null : namedPrototype(v.ctor));
      for (const key of Object.keys(v.v)) out[key] = decode(v.v[key]);
      return out;
    }
    case 'e': {
      const proto = errorPrototype(v.ctor);
      const err = Object.create(proto);
      const hidden = (key, value) => Object.defineProperty(err, key, {
        __proto__: null, value, writable: true, configurable: true, enumerable: false });
      hidden('stack', v.stack);
      hidden('message', v.message);
      if (v.name !== proto.name) hidden('name', v.name);
      for (const key of Object.keys(v.props)) err[key] = decode(v.props[key]);
      if (v.cause !== undefined) hidden('cause', decode(v.cause));
      return err;
    }
    default:
      return v;
  }
}

function createFormatter() {
  return {
    format(event) {
      return `${kMarker}${JSON.stringify({ type: event.type, data: encode(event.data, new Set()) })}\n`;
    },
    end() { return ''; },
  };
}

// Splits a child's stdout into events and plain output (kept in order).
function parseLine(line) {
  if (!line.startsWith(kMarker)) return null;
  try {
    const { type, data } = JSON.parse(line.slice(kMarker.length));
    return { __proto__: null, type, data: decode(data) };
  } catch {
    return null;
  }
}

async function* serializerReporter(source) {
  const f = createFormatter();
  for await (const event of source) yield f.format(event);
}

function pipelineForm() {
  return serializerReporter;
}

module.exports = { pipelineForm, createFormatter, parseLine, kMarker, encode, decode };
