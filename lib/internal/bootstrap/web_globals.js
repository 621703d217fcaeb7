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
  ['fetch', 'internal/deps/fetch', 'fetch', true],
  ['crypto', 'internal/crypto/webcrypto', 'crypto', false],
];

for (const [name, id, key, enumerable] of table) {
  if (name in globalThis || !require.exists(id)) continue;
  const define = (value) => {
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
    return value;
  };
  Object.defineProperty(globalThis, name, {
    get() { return define(require(id)[key]); },
    set(value) { define(value); },
    enumerable, configurable: true,
  });
}
