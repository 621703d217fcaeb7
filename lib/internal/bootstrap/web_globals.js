'use strict';
// Web and Node globals whose modules may or may not be present yet: each becomes a lazy global
// once its builtin exists (Buffer, URL, AbortController, EventTarget, performance, ...).
// Node defines the classes as data properties; here they are accessors until first use (a
// getter replaced by the value), which keeps them out of the startup path.

const table = [
  // [global name, builtin id, export name, enumerable]
  ['Buffer', 'buffer', 'Buffer', false],
  ['URL', 'internal/url', 'URL', false],
  ['URLSearchParams', 'internal/url', 'URLSearchParams', false],
  ['AbortController', 'internal/abort_controller', 'AbortController', false],
  ['AbortSignal', 'internal/abort_controller', 'AbortSignal', false],
  ['EventTarget', 'internal/event_target', 'EventTarget', false],
  ['Event', 'internal/event_target', 'Event', false],
  ['CustomEvent', 'internal/event_target', 'CustomEvent', false],
  ['DOMException', 'internal/per_context/domexception', 'DOMException', false],
  ['performance', 'perf_hooks', 'performance', true],
  ['Performance', 'perf_hooks', 'Performance', false],
  ['PerformanceEntry', 'perf_hooks', 'PerformanceEntry', false],
  ['PerformanceMark', 'perf_hooks', 'PerformanceMark', false],
  ['PerformanceMeasure', 'perf_hooks', 'PerformanceMeasure', false],
  ['PerformanceObserver', 'perf_hooks', 'PerformanceObserver', false],
  ['PerformanceObserverEntryList', 'perf_hooks', 'PerformanceObserverEntryList', false],
  ['PerformanceResourceTiming', 'perf_hooks', 'PerformanceResourceTiming', false],
  ['Blob', 'buffer', 'Blob', false],
  ['File', 'buffer', 'File', false],
  ['BroadcastChannel', 'worker_threads', 'BroadcastChannel', false],
  ['MessageChannel', 'worker_threads', 'MessageChannel', false],
  ['MessagePort', 'worker_threads', 'MessagePort', false],
  ['ReadableStream', 'stream/web', 'ReadableStream', false],
  ['ReadableStreamDefaultReader', 'stream/web', 'ReadableStreamDefaultReader', false],
  ['ReadableStreamBYOBReader', 'stream/web', 'ReadableStreamBYOBReader', false],
  ['ReadableStreamBYOBRequest', 'stream/web', 'ReadableStreamBYOBRequest', false],
  ['ReadableByteStreamController', 'stream/web', 'ReadableByteStreamController', false],
  ['ReadableStreamDefaultController', 'stream/web', 'ReadableStreamDefaultController', false],
  ['TransformStream', 'stream/web', 'TransformStream', false],
  ['TransformStreamDefaultController', 'stream/web', 'TransformStreamDefaultController', false],
  ['WritableStream', 'stream/web', 'WritableStream', false],
  ['WritableStreamDefaultWriter', 'stream/web', 'WritableStreamDefaultWriter', false],
  ['WritableStreamDefaultController', 'stream/web', 'WritableStreamDefaultController', false],
  ['ByteLengthQueuingStrategy', 'stream/web', 'ByteLengthQueuingStrategy', false],
  ['CountQueuingStrategy', 'stream/web', 'CountQueuingStrategy', false],
  ['TextEncoderStream', 'stream/web', 'TextEncoderStream', false],
  ['TextDecoderStream', 'stream/web', 'TextDecoderStream', false],
  ['CompressionStream', 'internal/webstreams/compression', 'CompressionStream', false],
  ['DecompressionStream', 'internal/webstreams/compression', 'DecompressionStream', false],
  ['fetch', 'internal/fetch/index', 'fetch', true],
  ['Headers', 'internal/fetch/index', 'Headers', false],
  ['Request', 'internal/fetch/index', 'Request', false],
  ['Response', 'internal/fetch/index', 'Response', false],
  ['FormData', 'internal/fetch/index', 'FormData', false],
  ['MessageEvent', 'internal/worker/io', 'MessageEvent', false],
  ['WebSocket', 'internal/websocket', 'WebSocket', false],
  ['Navigator', 'internal/navigator', 'Navigator', false],
  ['navigator', 'internal/navigator', 'navigator', true],
  ['crypto', 'internal/crypto/webcrypto', 'crypto', true],
  ['Crypto', 'internal/crypto/webcrypto', 'Crypto', false],
  ['CryptoKey', 'internal/crypto/webcrypto', 'CryptoKey', false],
  ['SubtleCrypto', 'internal/crypto/webcrypto', 'SubtleCrypto', false],
];

// Loading a module turns every still-lazy global it provides into a data property at once.
const lazy = new Map();
function materialize(id) {
  const exports = require(id);
  for (const [name, entry] of lazy) {
    if (entry.id !== id || exports[entry.key] === undefined) continue;
    entry.define(exports[entry.key]);
  }
  return exports;
}

for (const [name, id, key, enumerable] of table) {
  if (name in globalThis || !require.exists(id)) continue;
  const define = (value) => {
    lazy.delete(name);
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
    return value;
  };
  lazy.set(name, { id, key, define });
  Object.defineProperty(globalThis, name, {
    get() { return materialize(id)[key]; },
    set(value) { define(value); },
    enumerable, configurable: true,
  });
}
