'use strict';
// Sets up `process` and the globals before any user code runs.

const EventEmitter = require('events');
// Everything here is the same for every process: it runs once when the startup snapshot is built
// (or at start without one). What depends on this process (argv, env, options, native hooks) is
// set up in internal/bootstrap/prepare.js.

const binding = internalBinding('process_methods');
const perThread = require('internal/process/per_thread');

// ---- process: an EventEmitter whose prototype is named "process" ----------------------------
{
  const proto = Object.create(EventEmitter.prototype, {
    constructor: {
      value: function process() {},
      writable: true, configurable: true, enumerable: false,
    },
  });
  Object.defineProperty(proto, Symbol.toStringTag, {
    value: 'process', writable: false, enumerable: false, configurable: true,
  });
  Object.setPrototypeOf(process, proto);
  EventEmitter.call(process);
}

const versions = binding.getVersions();
const nodeVersion = versions.node;
Object.assign(versions, {
  acorn: '8.14.0', ada: '2.9.2', brotli: '1.0.9', cares: '1.18.1', icu: '72.1',
  modules: '127', napi: '10', nghttp2: '1.52.0', openssl: '3.0.0', simdjson: '3.10.1',
  tz: '2024a', unicode: '15.0', zlib: '1.2.13',
});

function define(name, value, enumerable = true) {
  Object.defineProperty(process, name, { value, writable: true, configurable: true, enumerable });
}

define('version', `v${nodeVersion}`);
define('versions', versions);
define('arch', 'x64');
define('platform', 'linux');
define('release', {
  name: 'node',
  lts: 'Jod',
  sourceUrl: `https://nodejs.org/download/release/v${nodeVersion}/node-v${nodeVersion}.tar.gz`,
  headersUrl: `https://nodejs.org/download/release/v${nodeVersion}/node-v${nodeVersion}-headers.tar.gz`,
});
Object.defineProperty(process, 'ppid', {
  get: binding.getPpid, enumerable: true, configurable: true,
});
Object.defineProperty(process, 'title', {
  get: binding.getTitle,
  set(v) { binding.setTitle(String(v)); },
  enumerable: true, configurable: true,
});
define('features', {
  inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true,
  tls_ocsp: true, tls: true, openssl_is_boringssl: false, cached_builtins: true,
  require_module: true, typescript: false,
});
define('config', {
  target_defaults: {
    cflags: [], default_configuration: 'Release', defines: [], include_dirs: [], libraries: [],
  },
  variables: {
    host_arch: 'x64', target_arch: 'x64', node_shared: false, node_use_openssl: true,
    v8_enable_i18n_support: 1, icu_small: false, napi_build_version: '10',
  },
});
define('moduleLoadList', []);
define('domain', null);  // node:domain turns it into its accessor
define('_exiting', false, false);

// exitCode: validated like node 20+.
{
  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    get() { return exitCode; },
    set(code) {
      if (code !== null && code !== undefined) {
        let value = code;
        if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
        require('internal/validators').validateInteger(value, 'code');
      }
      exitCode = code;
    },
    enumerable: true, configurable: false,
  });
}

// Methods.
for (const name of ['hrtime', 'memoryUsage', 'cpuUsage', 'resourceUsage', 'kill', 'exit', 'cwd',
  'chdir', 'umask', 'setuid', 'seteuid', 'setgid', 'setegid', 'setgroups']) {
  define(name, perThread[name]);
}
for (const name of ['getuid', 'geteuid', 'getgid', 'getegid', 'getgroups', 'uptime', 'abort',
  'reallyExit', '_rawDebug']) {
  define(name, binding[name]);
}
define('availableMemory', binding.getAvailableMemory);
define('constrainedMemory', binding.getConstrainedMemory);
// Open ref'd handles (as the object owning each: a net.Socket, a ChildProcess...) and requests
// in flight, oldest first; getActiveResourcesInfo() adds one 'Timeout' per ref'd timer and one
// 'Immediate' per ref'd immediate, as node does.
Object.defineProperty(process, 'allowedNodeEnvironmentFlags', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() { return require('internal/process/allowed_flags').allowedNodeEnvironmentFlags(); },
  set(value) {
    Object.defineProperty(this, 'allowedNodeEnvironmentFlags', {
      __proto__: null, value, configurable: true, enumerable: true, writable: true,
    });
  },
});
Object.defineProperty(process, 'report', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() { return require('internal/process/report').report; },
});
define('_getActiveHandles', function _getActiveHandles() {
  const { owner_symbol } = require('internal/stream_base_commons');
  const handles = binding.getActive(false, false);
  for (let i = 0; i < handles.length; i++) handles[i] = handles[i][owner_symbol] ?? handles[i];
  return handles;
});
define('_getActiveRequests', function _getActiveRequests() {
  return binding.getActive(true, false);
});
define('getActiveResourcesInfo', function getActiveResourcesInfo() {
  const timers = require('internal/timers');
  const out = binding.getActive(true, true);
  const handles = binding.getActive(false, true);
  for (let i = 0; i < handles.length; i++) out.push(handles[i]);
  for (let i = timers.activeTimeoutCount(); i > 0; i--) out.push('Timeout');
  for (let i = timers.activeImmediateCount(); i > 0; i--) out.push('Immediate');
  return out;
});
define('_kill', (pid, sig) => binding.kill(pid, sig), false);
// process.binding (DEP0111): node 22 still hands out a fixed set of its internal bindings, and
// packages read them (readline-sync: tty_wrap.TTY; uv.errname). The ones nodus has are given;
// util is narrowed to its type checks, as in node. Some warn on access, as node's do.
const kLegacyBindings = new Set(['async_wrap', 'buffer', 'cares_wrap', 'constants', 'contextify',
  'crypto', 'fs', 'fs_event_wrap', 'http_parser', 'icu', 'os', 'pipe_wrap', 'process_wrap',
  'signal_wrap', 'spawn_sync', 'stream_wrap', 'tcp_wrap', 'tls_wrap', 'tty_wrap', 'udp_wrap', 'url',
  'util', 'uv', 'zlib']);
const kWarnedBindings = new Set(['async_wrap', 'crypto', 'http_parser', 'signal_wrap', 'url', 'v8']);
const kUtilTypeChecks = ['isArrayBuffer', 'isAsyncFunction', 'isDataView', 'isDate', 'isExternal',
  'isMap', 'isMapIterator', 'isNativeError', 'isPromise', 'isRegExp', 'isSet', 'isSetIterator',
  'isAnyArrayBuffer', 'isArrayBufferView', 'isTypedArray', 'isUint8Array'];
define('binding', function binding(name) {
  name = `${name}`;
  if (kLegacyBindings.has(name)) {
    if (kWarnedBindings.has(name)) {
      process.emitWarning(`Access to process.binding('${name}') is deprecated.`, 'DeprecationWarning', 'DEP0111');
    }
    if (name === 'util') {
      const types = internalBinding('types');
      const out = {};
      for (const key of kUtilTypeChecks) out[key] = types[key];
      return out;
    }
    return internalBinding(name);
  }
  throw new Error(`No such module: ${name}`);
});
define('dlopen', function dlopen(module, filename, flags) {
  // Node-API addons (src/napi); arguments are checked natively, as node does.
  return internalBinding('napi').dlopen(...arguments);
});
define('setSourceMapsEnabled', function setSourceMapsEnabled(val) {
  require('internal/validators').validateBoolean(val, 'val');
  require('internal/source_map/source_map_cache').setSourceMapsEnabled(val);
});
Object.defineProperty(process, 'sourceMapsEnabled', {
  get() {
    return require('internal/source_map/source_map_cache').getSourceMapsEnabled();
  },
  enumerable: true, configurable: true,
});
define('emitWarning', require('internal/process/warning').emitWarning);
define('loadEnvFile', function loadEnvFile(path = '.env') {
  const err = binding.loadEnvFile(String(path));
  if (err) {
    throw require('internal/errors').UVException({ errno: err, syscall: 'open', path: String(path) });
  }
});
define('getBuiltinModule', function getBuiltinModule(id) {
  require('internal/validators').validateString(id, 'id');
  const name = id.startsWith('node:') ? id.slice(5) : id;
  if (!require.canBeRequiredByUsers(name)) return undefined;
  if (!id.startsWith('node:') && require.schemeOnly.has(name)) return undefined;
  return require(name);
});

// The task queues and uncaught exceptions (their native hooks are set per process, in prepare.js).
const { nextTick, queueMicrotask } = require('internal/process/task_queues');
define('nextTick', nextTick);
require('internal/process/promises');
const execution = require('internal/process/execution');
define('setUncaughtExceptionCaptureCallback', execution.setUncaughtExceptionCaptureCallback);
define('hasUncaughtExceptionCaptureCallback', execution.hasUncaughtExceptionCaptureCallback);

// stdio (lazy, like node): built on first use, outside the startup snapshot.
for (const [name, getter] of [['stdout', 'getStdout'], ['stderr', 'getStderr'],
  ['stdin', 'getStdin']]) {
  Object.defineProperty(process, name, {
    get() { return require('internal/bootstrap/stdio')[getter](); },
    enumerable: false, configurable: true,
  });
}

// Signals: listening for 'SIGxxx' starts a signal handle; removing the last listener stops it.
{
  const { signals } = internalBinding('constants').os;
  const signalWraps = new Map();
  process.on('newListener', (type) => {
    if (typeof type !== 'string' || !type.startsWith('SIG') || signalWraps.has(type)) return;
    const signum = signals[type];
    if (signum === undefined) return;
    const { Signal } = internalBinding('signal_wrap');
    const wrap = new Signal();
    wrap.unref();
    wrap.onsignal = function onsignal(n) { process.emit(type, type, n); };
    const err = wrap.start(signum);
    if (err) {
      wrap.close();
      throw require('internal/errors').ErrnoException(err, 'uv_signal_start');
    }
    signalWraps.set(type, wrap);
  });
  process.on('removeListener', (type) => {
    const wrap = signalWraps.get(type);
    if (wrap !== undefined && process.listenerCount(type) === 0) {
      wrap.close();
      signalWraps.delete(type);
    }
  });
}

// ---- globals --------------------------------------------------------------------------------
require('internal/bootstrap/polyfills_install');

function defineGlobal(name, value, enumerable) {
  Object.defineProperty(globalThis, name, {
    value, writable: true, configurable: true, enumerable,
  });
}

defineGlobal('global', globalThis, true);
Object.defineProperty(globalThis, 'process', {
  get() { return process; },
  set(value) {
    Object.defineProperty(globalThis, 'process', {
      value, writable: true, enumerable: false, configurable: true,
    });
  },
  enumerable: false, configurable: true,
});
{
  const timers = require('timers');
  for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
    'setImmediate', 'clearImmediate']) {
    defineGlobal(name, timers[name], true);
  }
}
defineGlobal('queueMicrotask', queueMicrotask, true);
defineGlobal('structuredClone', require('internal/structured_clone').structuredClone, true);
{
  const { atob, btoa } = require('internal/encoding_base64');
  defineGlobal('atob', atob, true);
  defineGlobal('btoa', btoa, true);
}
{
  const { TextEncoder, TextDecoder } = require('internal/encoding');
  defineGlobal('TextEncoder', TextEncoder, false);
  defineGlobal('TextDecoder', TextDecoder, false);
}
defineGlobal('console', require('console'), false);
// Modules that exist in lib/ become globals when present (Buffer, URL, AbortController, ...).
require('internal/bootstrap/web_globals');
