'use strict';
// Web and Node globals whose modules may or may not be present yet: each becomes a lazy global
// once its builtin exists (Buffer, URL, AbortController, EventTarget, performance, ...).

const table = [
  // [global name, builtin id, export name, enumerable]
  ['Buffer', 'buffer', 'Buffer', false],
  ['URL', 'internal/url', 'URL', false],
  ['URLSearchParams', 'internal/url', 'URLSearchParams', false],
  ['AbortController', 'internal/abort_controller', 'AbortController', false],
  ['AbortSignal', 'internal/abort_controller', 'AbortSignal', false],
  ['EventTarget', 'internal/event_target', 'EventTarget', false],
  ['Event', 'internal/event_target', 'Event', false],
  ['DOMException', 'internal/per_context/domexception', 'DOMException', false],
  ['performance', 'perf_hooks', 'performance', true],
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
  let value;
  let loaded = false;
  Object.defineProperty(globalThis, name, {
    get() {
      if (!loaded) {
        value = require(id)[key];
        loaded = true;
      }
      return value;
    },
    set(v) {
      value = v;
      loaded = true;
    },
    enumerable, configurable: true,
  });
}
