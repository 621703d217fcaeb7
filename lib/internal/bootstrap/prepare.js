'use strict';
// Per-process set-up, run on every start after the static bootstrap (or the snapshot holding it):
// process fields that depend on this process, and the JS callbacks the native side calls.

const binding = internalBinding('process_methods');
const options = internalBinding('options');

function define(name, value, enumerable = true) {
  Object.defineProperty(process, name, { value, writable: true, configurable: true, enumerable });
}

define('execPath', options.execPath);
define('argv0', options.argv0);
define('execArgv', options.execArgv);
process.features.typescript = options.typescript === '' ? false : options.typescript;
define('pid', binding.getPid());
define('env', binding.createEnv());
if (options.title) binding.setTitle(options.title);
if (options.noDeprecation) define('noDeprecation', true, false);
if (options.throwDeprecation) define('throwDeprecation', true, false);
if (options.traceDeprecation) define('traceDeprecation', true, false);
if (options.traceWarnings) define('traceProcessWarnings', true, false);

require('internal/process/task_queues').setupTaskQueue();
require('internal/process/promises').setupPromiseRejections();
require('internal/timers').setupTimers();

const execution = require('internal/process/execution');

function processEvent(name) {
  if (name === 'beforeExit') {
    process.emit('beforeExit', process.exitCode || 0);
    return undefined;
  }
  // 'exit'
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode || 0);
  }
  const code = process.exitCode;
  return typeof code === 'number' ? code : (code ? Number(code) | 0 : 0);
}

binding.setHooks({
  onUncaught: execution.onUncaught,
  reportFatal: execution.reportFatal,
  processEvent,
});

if (options.noAddons) {
  // --no-addons: no "node-addons" export condition (process.dlopen refuses natively).
  for (const list of [require('internal/modules/cjs/loader').kConditions,
                      require('internal/modules/esm/resolve').kDefaultConditions,
                      require('internal/modules/customization_hooks').cjsConditions,
                      require('internal/modules/customization_hooks').esmConditions]) {
    const i = list.indexOf('node-addons');
    if (i !== -1) list.splice(i, 1);
  }
}
if (options.dnsResultOrder) {
  require('internal/validators').validateOneOf(options.dnsResultOrder, '--dns-result-order',
                                               ['verbatim', 'ipv4first', 'ipv6first']);
}

if (options.enableSourceMaps) {
  require('internal/source_map/source_map_cache').setSourceMapsEnabled(true);
}

// Warnings are printed unless --no-warnings.
if (!options.noWarnings) {
  process.on('warning', require('internal/process/warning').onWarning);
}

// Global module paths (HOME, NODE_PATH) belong to this process.
require('internal/modules/cjs/loader').Module._initPaths();

// node's options with an effect in JS (--conditions, --tls-min-v1.2, --report-*, ...).
require('internal/process/node_flags').apply();

// V8 installs the WebAssembly namespace anew in every deserialized context: re-apply what the
// polyfills add there (install() only defines what is missing).
require('internal/bootstrap/polyfills').install(globalThis);

// A child of fork() (or of stdio 'ipc'): the inherited channel becomes process.send/'message'
// /disconnect, and a cluster worker registers with its primary. Per process: never in the
// startup snapshot.
if (process.env.NODE_CHANNEL_FD) {
  const fd = Number.parseInt(process.env.NODE_CHANNEL_FD, 10);
  const mode = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (fd >= 0) require('child_process')._forkChild(fd, mode);
  if (process.env.NODE_UNIQUE_ID) {
    require('cluster')._setupWorker();
    delete process.env.NODE_UNIQUE_ID;
  }
}
