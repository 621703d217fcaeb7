'use strict';
// The state behind node:async_hooks, shared with the task queues and timers.
//
// - AsyncLocalStorage context: the current "frame" (an immutable Map storage -> store) is V8's
//   continuation-preserved embedder data, which V8 captures when a promise reaction is created
//   and restores when it runs. Ticks, microtasks, timers, immediates and AsyncResources capture
//   the frame when created and enter it when they run; native handles and requests do the same
//   in C++ (src/runtime/callback.h).
// - Async ids: executionAsyncId/triggerAsyncId for JS-scheduled work (ticks, timers,
//   immediates, queueMicrotask, AsyncResource; promises while a hook wants them).
// - createHook's hooks.
// Nothing is tracked until node:async_hooks is loaded (enable()): before that, the hot paths
// only test `state.on`.

const async_id_symbol = Symbol('asyncId');
const trigger_async_id_symbol = Symbol('triggerId');
const kFrame = Symbol('kAsyncContextFrame');

const state = { on: false, hooks: false };

let binding = null;
let idCounter = 1;
let execId = 1;
let trigId = 0;
let execResource = null;
const topLevelResource = {};
const idStack = [];  // saved (asyncId, triggerAsyncId, resource) triples
let framesActive = false;  // some AsyncLocalStorage store was entered

function enable() {
  if (state.on) return;
  binding = internalBinding('async_wrap');
  state.on = true;
}

function newAsyncId() { return ++idCounter; }
function executionAsyncId() { return execId; }
function triggerAsyncId() { return trigId; }
function executionAsyncResource() { return execResource === null ? topLevelResource : execResource; }
function getDefaultTriggerAsyncId() { return execId; }

// Until a store is first entered there is no frame anywhere: nothing to read or restore.
function getFrame() { return framesActive ? binding.getFrame() : undefined; }
function setFrame(frame) { if (framesActive) binding.setFrame(frame); }

// ---- hooks ------------------------------------------------------------------------------------
const hookLists = {
  init: [], before: [], after: [], destroy: [], promiseResolve: [],
};
let destroyQueue = null;

function updateHookState() {
  state.hooks = hookLists.init.length + hookLists.before.length + hookLists.after.length +
    hookLists.destroy.length + hookLists.promiseResolve.length > 0;
  if (state.hooks) enable();
  updatePromiseHooks();
}

function addHook(hook, fns) {
  for (const name in hookLists) {
    if (typeof fns[name] === 'function' && !hookLists[name].some((e) => e.hook === hook)) {
      hookLists[name] = [...hookLists[name], { hook, fn: fns[name] }];
    }
  }
  updateHookState();
}

function removeHook(hook) {
  for (const name in hookLists) {
    hookLists[name] = hookLists[name].filter((e) => e.hook !== hook);
  }
  updateHookState();
}

// A hook that throws ends the process, as in node.
function callHooks(list, hook, a, b, c, d) {
  for (let i = 0; i < list.length; i++) {
    try {
      list[i].fn.call(list[i].hook, a, b, c, d);
    } catch (err) {
      process.removeAllListeners('uncaughtException');
      throw err;
    }
  }
}

function emitInit(asyncId, type, triggerId, resource) {
  if (hookLists.init.length > 0) callHooks(hookLists.init, 'init', asyncId, type, triggerId, resource);
}

function emitBefore(asyncId, triggerId, resource) {
  idStack.push(execId, trigId, execResource);
  execId = asyncId;
  trigId = triggerId;
  execResource = resource;
  if (hookLists.before.length > 0) callHooks(hookLists.before, 'before', asyncId);
}

function emitAfter(asyncId) {
  if (hookLists.after.length > 0) callHooks(hookLists.after, 'after', asyncId);
  if (idStack.length === 0) return;
  execResource = idStack.pop();
  trigId = idStack.pop();
  execId = idStack.pop();
}

// Destroy hooks run in batches at the start of the next check phase, as in node.
function emitDestroy(asyncId) {
  if (hookLists.destroy.length === 0) return;
  if (destroyQueue === null) {
    destroyQueue = [];
    require('internal/timers').scheduleNativeImmediate(flushDestroys);
  }
  destroyQueue.push(asyncId);
}

function flushDestroys() {
  const ids = destroyQueue;
  destroyQueue = null;
  for (let i = 0; i < ids.length; i++) callHooks(hookLists.destroy, 'destroy', ids[i]);
}

function emitPromiseResolve(asyncId) {
  if (hookLists.promiseResolve.length > 0) {
    callHooks(hookLists.promiseResolve, 'promiseResolve', asyncId);
  }
}

// ---- promises (V8's promise hooks) ---------------------------------------------------------------
// Installed while a createHook hook is enabled or once an AsyncLocalStorage store was entered:
// V8 10.2 keeps the frame across promise reactions but not into a thenable's then() (a
// PromiseResolveThenableJob), so promises remember their creation frame and `before` enters it.
let promiseHooksOn = false;

function promiseInitIds(promise, parent) {
  const asyncId = newAsyncId();
  const triggerId = parent !== undefined && parent[async_id_symbol] !== undefined ?
    parent[async_id_symbol] : getDefaultTriggerAsyncId();
  promise[async_id_symbol] = asyncId;
  promise[trigger_async_id_symbol] = triggerId;
  emitInit(asyncId, 'PROMISE', triggerId, promise);
}

function promiseInit(promise, parent) {
  if (framesActive) {
    const frame = binding.getFrame();
    if (frame !== undefined) promise[kFrame] = frame;
  }
  if (state.hooks) promiseInitIds(promise, parent);
}

function promiseBefore(promise) {
  if (framesActive) binding.setFrame(promise[kFrame]);
  if (!state.hooks) return;
  if (promise[async_id_symbol] === undefined) promiseInitIds(promise);
  emitBefore(promise[async_id_symbol], promise[trigger_async_id_symbol], promise);
}

function promiseAfter(promise) {
  if (state.hooks && promise[async_id_symbol] !== undefined) emitAfter(promise[async_id_symbol]);
  if (framesActive) binding.setFrame(undefined);
}

function promiseResolve(promise) {
  if (!state.hooks) return;
  if (promise[async_id_symbol] === undefined) promiseInitIds(promise);
  emitPromiseResolve(promise[async_id_symbol]);
}

function updatePromiseHooks() {
  const want = state.hooks || framesActive;
  if (want === promiseHooksOn) return;
  promiseHooksOn = want;
  if (want) binding.setPromiseHooks(promiseInit, promiseBefore, promiseAfter, promiseResolve);
  else binding.setPromiseHooks();
}

// Called when an AsyncLocalStorage store is first entered.
function activateFrames() {
  if (framesActive) return;
  framesActive = true;
  updatePromiseHooks();
}

// ---- scheduled work: tag at creation, enter when run ---------------------------------------------
// `resource` gets its ids and frame; returns nothing. Callers check state.on first.
function tagResource(resource, type) {
  const asyncId = newAsyncId();
  const triggerId = getDefaultTriggerAsyncId();
  resource[async_id_symbol] = asyncId;
  resource[trigger_async_id_symbol] = triggerId;
  resource[kFrame] = framesActive ? binding.getFrame() : undefined;
  if (state.hooks) emitInit(asyncId, type, triggerId, resource);
}

// Enters a tagged resource; returns the frame to give back to leaveResource.
function enterResource(resource) {
  let prev;
  if (framesActive) {
    prev = binding.getFrame();
    binding.setFrame(resource[kFrame]);
  }
  const asyncId = resource[async_id_symbol];
  if (asyncId === undefined) {
    emitBefore(0, 0, resource);
  } else {
    emitBefore(asyncId, resource[trigger_async_id_symbol], resource);
  }
  return prev;
}

function leaveResource(resource, prevFrame) {
  const asyncId = resource[async_id_symbol];
  emitAfter(asyncId === undefined ? 0 : asyncId);
  if (framesActive) binding.setFrame(prevFrame);
}

// A callback that throws leaves its context in place, so 'uncaughtException' listeners see
// it (as in node); once they handled the error the runtime is back at the top level.
function clearAfterUncaught() {
  idStack.length = 0;
  execId = 1;
  trigId = 0;
  execResource = null;
  if (framesActive) binding.setFrame(undefined);
}

module.exports = {
  state,
  clearAfterUncaught,
  enable,
  activateFrames,
  async_id_symbol,
  trigger_async_id_symbol,
  kFrame,
  newAsyncId,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  getDefaultTriggerAsyncId,
  getFrame,
  setFrame,
  addHook,
  removeHook,
  emitInit,
  emitBefore,
  emitAfter,
  emitDestroy,
  hasHooks(name) { return hookLists[name].length > 0; },
  tagResource,
  enterResource,
  leaveResource,
};
