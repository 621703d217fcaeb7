'use strict';
// module.register() on the main thread: the hooks run on their own thread
// (internal/modules/esm/hooks_thread.js), as in node; the loader here asks it synchronously (a
// request is posted, then the thread waits in Atomics.wait until the answer is there). The
// asynchronous hooks apply to import (the 'import' conditions), after any module.registerHooks()
// hooks; require() is left to its own hooks.

let thread = null;  // { worker, port, lock }

function start() {
  if (thread !== null) return thread;
  const { Worker, MessageChannel } = require('worker_threads');
  const { kInternalMain } = require('internal/worker');
  const { port1, port2 } = new MessageChannel();
  const lock = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker('', {
    eval: true,
    workerData: { port: port2, lock },
    transferList: [port2],
    [kInternalMain]: 'internal/modules/esm/hooks_thread',
  });
  worker.unref();
  port1.unref();
  thread = { worker, port: port1, lock };
  installForwardingHooks();
  return thread;
}

function rebuildError(e) {
  if (e === undefined || e === null) return new Error('module customization hook failed');
  if (!('message' in e)) return e.thrown;
  const Ctor = globalThis[e.name] !== undefined && typeof globalThis[e.name] === 'function' &&
    e.name.endsWith('Error') ? globalThis[e.name] : Error;
  const err = new Ctor(e.message);
  if (e.code !== undefined) err.code = e.code;
  if (typeof e.stack === 'string') err.stack = e.stack;
  return err;
}

function request(msg, transferList) {
  const { port, lock } = start();
  const { receiveMessageOnPort } = require('worker_threads');
  Atomics.store(lock, 0, 0);
  port.postMessage(msg, transferList);
  while (Atomics.load(lock, 0) === 0) Atomics.wait(lock, 0, 0);
  const reply = receiveMessageOnPort(port)?.message;
  if (reply === undefined || !reply.ok) throw rebuildError(reply?.error);
  return reply.value;
}

function installForwardingHooks() {
  require('internal/modules/customization_hooks').registerHooks({
    resolve(specifier, context, next) {
      if (context.conditions?.includes('require')) return next(specifier, context);
      const r = request({ type: 'resolve', specifier, context: { ...context } });
      return { ...r, shortCircuit: true };
    },
    load(url, context, next) {
      if (context.conditions?.includes('require')) return next(url, context);
      const r = request({ type: 'load', url, context: { ...context } });
      return { ...r, shortCircuit: true };
    },
  });
}

function register(specifier, parentURL, data, transferList) {
  request({ type: 'register', specifier, parentURL, data }, transferList);
}

module.exports = { register };
