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
  // stdio goes through the parent, as in node: stdout/stderr chunks become the Worker's
  // worker.stdout/stderr (piped to the parent's own unless the stdout/stderr options are set);
  // process.stdin reads what the parent writes to worker.stdin (stdin option), else it is empty.
  const { Readable, Writable } = require('stream');
  for (const name of ['stdout', 'stderr']) {
    const stream = new Writable({
      write(chunk, encoding, cb) {
        if (typeof chunk === 'string') chunk = Buffer.from(chunk, encoding);
        ctrl.postMessage({ type: 'stdio', name, chunk });
        cb();
      },
      final(cb) {
        ctrl.postMessage({ type: 'stdio', name, chunk: null });
        cb();
      },
    });
    stream.isTTY = false;
    stream.fd = name === 'stdout' ? 1 : 2;
    Object.defineProperty(process, name, { value: stream, configurable: true, writable: true, enumerable: false });
  }
  Object.defineProperty(process, 'stdin', {
    get() {
      const stdin = new Readable({
        read() {
          if (!load.hasStdin) this.push(null);
        },
      });
      if (load.hasStdin) {
        ctrl.on('message', (m) => {
          if (m?.type !== 'stdin') return;
          if (m.chunk === null) {
            stdin.push(null);
            ctrl.unref();
          } else {
            stdin.push(Buffer.from(m.chunk.buffer, m.chunk.byteOffset, m.chunk.byteLength));
          }
        });
      }
      Object.defineProperty(process, 'stdin', { value: stdin, configurable: true, writable: true });
      return stdin;
    },
    configurable: true,
  });

  ctrl.postMessage({ type: 'online' });

  if (typeof load.internalMain === 'string') {
    require(load.internalMain)();
    return;
  }
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
