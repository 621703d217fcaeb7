'use strict';
// The entry of a worker thread: takes the load message its parent queued, sets up process and
// worker_threads state, tells the parent it is online and runs the script.

const binding = internalBinding('worker');
const path = require('path');

module.exports = function workerMain(evalScript) {
  internalBinding('module_wrap');
  const io = require('internal/worker/io');
  const { state } = require('internal/worker');
  const [pub, ctrl] = binding.getParentPorts();
  const first = io.receiveMessageOnPort(ctrl);
  const load = first?.message ?? {};
  state.parentPort = pub;
  state.ctrl = ctrl;
  state.workerData = load.workerData;
  state.name = load.name || 'WorkerThread';
  ctrl.unref();

  const { setEnvironmentData } = require('internal/worker');
  if (load.environmentData instanceof Map) {
    for (const [k, v] of load.environmentData) setEnvironmentData(k, v);
  }

  if (!load.shareEnv && load.env) {
    const env = {};
    for (const key of Object.keys(load.env)) env[key] = load.env[key];
    Object.defineProperty(process, 'env', {
      value: new Proxy(env, {
        set(target, key, value) { target[key] = `${value}`; return true; },
        defineProperty(target, key, desc) {
          return Reflect.defineProperty(target, key, { ...desc, value: `${desc.value}` });
        },
      }),
      writable: true, configurable: true, enumerable: true,
    });
  }

  const { codes: { ERR_WORKER_UNSUPPORTED_OPERATION } } = require('internal/errors');
  const unsupported = (name) => function() {
    throw new ERR_WORKER_UNSUPPORTED_OPERATION(`process.${name}()`);
  };
  for (const name of ['chdir', 'setuid', 'setgid', 'seteuid', 'setegid', 'setgroups', 'initgroups']) {
    if (typeof process[name] === 'function') process[name] = unsupported(name);
  }
  const umask = process.umask;
  process.umask = function(mask) {
    if (mask !== undefined) throw new ERR_WORKER_UNSUPPORTED_OPERATION('Setting process.umask()');
    return umask();
  };
  process.abort = unsupported('abort');
  if (!load.hasStdin) {
    Object.defineProperty(process, 'stdin', {
      get() {
        const { Readable } = require('stream');
        const stdin = new Readable({ read() { this.push(null); } });
        Object.defineProperty(process, 'stdin', { value: stdin, configurable: true, writable: true });
        return stdin;
      },
      configurable: true,
    });
  }

  ctrl.postMessage({ type: 'online' });

  const filename = load.filename;
  if (load.doEval) {
    process.argv = [process.execPath, '[worker eval]', ...(load.argv || [])];
    if (load.doEval === 'module') {
      require('internal/modules/esm/loader').evalModule(filename, '[worker eval]');
    } else {
      evalScript('[worker eval]', filename, false);
    }
    return;
  }
  process.argv = [process.execPath, filename, ...(load.argv || [])];
  if (filename.startsWith('data:')) {
    require('internal/modules/esm/loader').runMain(filename);
    return;
  }
  const { Module } = require('internal/modules/cjs/loader');
  const resolved = Module._findPath(filename, null, true) || filename;
  const isESM = resolved.endsWith('.mjs') || (!resolved.endsWith('.cjs') &&
    (path.extname(resolved) === '.js' || path.extname(resolved) === '') &&
    require('internal/modules/package_json').getPackageType(resolved) === 'module');
  if (isESM) {
    require('internal/modules/esm/loader').runMain(resolved);
    return;
  }
  Module.runMain(filename);
};
