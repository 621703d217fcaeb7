'use strict';
// The thread behind module.register(): it imports the hook modules, runs their initialize(),
// and answers the main thread's resolve and load requests by running the asynchronous hook
// chains (newest first, each `next` awaiting the one before, node's default resolution and
// loading at the end). Each answer is posted, then the main thread, blocked in Atomics.wait on
// the shared lock, is woken.

const { workerData } = require('worker_threads');
const { port, lock } = workerData;
const hooks = require('internal/modules/customization_hooks');
const loader = require('internal/modules/esm/loader');
const { defaultResolve } = require('internal/modules/esm/resolve');

const chain = [];  // { resolve, load } in registration order

function runChain(kind, validate, first, context, last, esm) {
  return hooks.runHookChain(chain, kind, validate, first, context, last, esm, true);
}

async function handle(msg) {
  switch (msg.type) {
    case 'register': {
      const url = defaultResolve(msg.specifier, msg.parentURL);
      const ns = await import(url);
      if (typeof ns.initialize === 'function') await ns.initialize(msg.data);
      chain.push({ resolve: ns.resolve, load: ns.load });
      return undefined;
    }
    case 'resolve':
      return runChain('resolve', hooks.validateResolve, msg.specifier, msg.context,
                      loader.hookDefaultResolve);
    case 'load': {
      const r = await runChain('load', hooks.validateLoad, msg.url, msg.context,
                               loader.hookDefaultLoad, true);
      return { format: r.format, source: r.source, shortCircuit: r.shortCircuit };
    }
    default:
      throw new Error(`unknown request ${msg.type}`);
  }
}

function plainError(e) {
  if (e === null || typeof e !== 'object') return { thrown: e };
  return { name: e.name, message: e.message, stack: e.stack, code: e.code };
}

module.exports = function hooksThreadMain() {
  port.on('message', async (msg) => {
    let reply;
    try {
      reply = { ok: true, value: await handle(msg) };
    } catch (e) {
      reply = { ok: false, error: plainError(e) };
    }
    try {
      port.postMessage(reply);
    } catch (e) {
      port.postMessage({ ok: false, error: plainError(e) });
    }
    Atomics.store(lock, 0, 1);
    Atomics.notify(lock, 0);
  });
};
