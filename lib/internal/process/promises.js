'use strict';
// Unhandled promise rejections: tracked from V8's callback, decided after the tick queue drains,
// following --unhandled-rejections (throw by default, as in node 15+).

const {
  setPromiseRejectCallback,
  kPromiseRejectWithNoHandler,
  kPromiseHandlerAddedAfterReject,
} = internalBinding('task_queue');
const { triggerUncaughtException } = internalBinding('errors');

const maybeUnhandled = new WeakMap();
const pending = [];
const asyncHandled = [];
let lastId = 0;
let mode;

function setHasRejectionToWarn(v) {
  require('internal/process/task_queues').setHasRejectionToWarn(v);
}

function promiseRejectHandler(type, promise, reason) {
  if (type === kPromiseRejectWithNoHandler) {
    // A rejection inside a domain goes to the domain's 'error' (process.domain is null without
    // node:domain).
    const domain = process.domain;
    maybeUnhandled.set(promise, { reason, uid: ++lastId, warned: false, domain });
    pending.push(promise);
    setHasRejectionToWarn(true);
  } else if (type === kPromiseHandlerAddedAfterReject) {
    const info = maybeUnhandled.get(promise);
    if (info === undefined) return;
    maybeUnhandled.delete(promise);
    if (info.warned) {
      asyncHandled.push({ promise, uid: info.uid });
      setHasRejectionToWarn(true);
    }
  }
}

function isErrorLike(v) {
  return typeof v === 'object' && v !== null && Object.prototype.hasOwnProperty.call(v, 'stack');
}

function UnhandledPromiseRejection(reason) {
  const { UnhandledPromiseRejection: Ctor } = require('internal/errors');
  return new Ctor(reason);
}

function emitUnhandledRejectionWarning(uid, reason) {
  const warning = new Error(
    'Unhandled promise rejection. This error originated either by throwing inside of an ' +
    'async function without a catch block, or by rejecting a promise which was not handled ' +
    'with .catch(). To terminate the node process on unhandled promise rejection, use the ' +
    'CLI flag `--unhandled-rejections=strict` (see ' +
    'https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
    `(rejection id: ${uid})`);
  warning.name = 'UnhandledPromiseRejectionWarning';
  try {
    if (isErrorLike(reason)) {
      warning.stack = reason.stack;
      process.emitWarning(reason.stack, 'UnhandledPromiseRejectionWarning');
    } else {
      process.emitWarning(String(reason), 'UnhandledPromiseRejectionWarning');
    }
  } catch {
    // a broken reason must not break the loop
  }
  process.emitWarning(warning);
}

function emitUnhandled(info, promise) {
  if (info.domain) return info.domain.emit('error', info.reason);
  return process.emit('unhandledRejection', info.reason, promise);
}

function processPromiseRejections() {
  let scheduled = asyncHandled.length > 0;
  while (asyncHandled.length > 0) {
    const { promise, uid } = asyncHandled.shift();
    if (!process.emit('rejectionHandled', promise)) {
      const warning = new Error(
        `Promise rejection was handled asynchronously (rejection id: ${uid})`);
      warning.name = 'PromiseRejectionHandledWarning';
      warning.id = uid;
      process.emitWarning(warning);
    }
  }
  if (mode === undefined) {
    mode = internalBinding('options').unhandledRejections || 'throw';
  }
  let len = pending.length;
  while (len--) {
    const promise = pending.shift();
    const info = maybeUnhandled.get(promise);
    if (info === undefined) continue;
    info.warned = true;
    const { reason, uid } = info;
    switch (mode) {
      case 'strict': {
        const err = isErrorLike(reason) ? reason : UnhandledPromiseRejection(reason);
        triggerUncaughtException(err, true);
        const handled = emitUnhandled(info, promise);
        if (!handled) emitUnhandledRejectionWarning(uid, reason);
        break;
      }
      case 'warn':
        emitUnhandled(info, promise);
        emitUnhandledRejectionWarning(uid, reason);
        break;
      case 'none':
        emitUnhandled(info, promise);
        break;
      case 'warn-with-error-code': {
        const handled = emitUnhandled(info, promise);
        if (!handled) {
          emitUnhandledRejectionWarning(uid, reason);
          process.exitCode = 1;
        }
        break;
      }
      default: {
        const handled = emitUnhandled(info, promise);
        if (!handled) {
          const err = isErrorLike(reason) ? reason : UnhandledPromiseRejection(reason);
          triggerUncaughtException(err, true);
        }
      }
    }
    scheduled = true;
  }
  return scheduled || pending.length !== 0;
}

function setupPromiseRejections() {
  setPromiseRejectCallback(promiseRejectHandler);
}

module.exports = { processPromiseRejections, setupPromiseRejections };
