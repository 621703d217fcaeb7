'use strict';
// Uncaught exceptions: 'uncaughtExceptionMonitor' / 'uncaughtException' dispatch, the capture
// callback, and the fatal report printed when nobody handled the error.

const { getHiddenValue } = internalBinding('util');
const { writeString } = internalBinding('fs');

let captureCallback = null;

function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureCallback = null;
    return;
  }
  if (typeof fn !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  }
  if (captureCallback !== null) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  }
  captureCallback = fn;
}

// node:domain, once it is loaded: domainWants() says whether a domain would take an uncaught
// error (where node sets its capture callback), domainHandle(er) gives it to that domain.
let domainWants = null;
let domainHandle = null;

// process.report's writer while reportOnUncaughtException is on (set by that module).
let reportHook = null;
function setReportHook(fn) {
  reportHook = fn;
}

function setDomainRouter(wants, handle) {
  domainWants = wants;
  domainHandle = handle;
}

function hasUncaughtExceptionCaptureCallback() {
  return captureCallback !== null || (domainWants !== null && domainWants());
}

// Called by the runtime with the error; returns true when it was handled.
function onUncaught(er, fromPromise) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  process.emit('uncaughtExceptionMonitor', er, type);
  if (captureCallback !== null) {
    captureCallback(er);
  } else if (domainWants !== null && !fromPromise && domainWants()) {
    domainHandle(er);
  } else if (!process.emit('uncaughtException', er, type)) {
    if (reportHook !== null) reportHook(er);
    try {
      if (!process._exiting) {
        process._exiting = true;
        process.exitCode = 1;
        process.emit('exit', 1);
      }
    } catch {
      // an 'exit' listener that throws must not hide the original error
    }
    return false;
  }
  const asyncHooks = require('internal/async_hooks');
  if (asyncHooks.state.on) asyncHooks.clearAfterUncaught();
  // Handled: make sure the loop comes round again so queued ticks run.
  require('timers').setImmediate(noop);
  return true;
}

function noop() {}

// --no-extra-info-on-fatal-exception: the fatal report ends without the version line
let versionLine = true;
function omitVersionLine() {
  versionLine = false;
}

function runtimeVersionLine() {
  return `nodus v${process.versions.nodus}`;
}

function isErrorWithStack(er) {
  return er !== null && typeof er === 'object' && typeof er.stack === 'string' &&
    (er instanceof Error || Object.prototype.toString.call(er) === '[object Error]');
}

// Prints node's report for a fatal error and returns the exit code.
function reportFatal(er, arrow, fromPromise, thrownAt = '') {
  if (internalBinding('options').isWorker) {
    // A worker's uncaught error becomes 'error' on its Worker object in the parent.
    return require('internal/worker').reportWorkerError(er);
  }
  let text;
  let inspect;
  try {
    inspect = require('internal/util/inspect').inspect;
  } catch {
    inspect = (v) => (isErrorWithStack(v) ? v.stack : String(v));
  }
  const stored = er !== null && (typeof er === 'object' || typeof er === 'function') ?
    getHiddenValue(er, 'nodus:arrow') : undefined;
  if (typeof stored === 'string') arrow = stored;
  if (arrow && process.sourceMapsEnabled) {
    try {
      arrow = require('internal/source_map/source_map_cache').mapArrow(arrow);
    } catch {
      // keep V8's arrow
    }
  }
  if (isErrorWithStack(er)) {
    let body;
    try {
      const { fatalExceptionStackEnhancers } = require('internal/errors');
      fatalExceptionStackEnhancers.beforeInspector(er);
      body = fatalExceptionStackEnhancers.afterInspector(er);
    } catch {
      body = er.stack;
    }
    text = arrow ? `${arrow}\n${body}\n` : `${body}\n`;
    if (thrownAt) text += `${thrownAt}\n`;
  } else {
    let body;
    try {
      body = inspect(er);
    } catch {
      body = String(er);
    }
    text = `\n${arrow}${body}\n`;
    if (thrownAt) {
      if (thrownAt) text += `${thrownAt}\n`;
    } else if (!fromPromise) {
      const argv0 = require('path').basename(process.argv0 || 'node');
      text += `(Use \`${argv0} --trace-uncaught ...\` to show where the exception was thrown)\n`;
    }
  }
  if (versionLine) text += `\n${runtimeVersionLine()}\n`;
  writeString(2, text);
  const code = process.exitCode;
  return typeof code === 'number' && code !== 0 ? code : 1;
}

module.exports = {
  onUncaught,
  reportFatal,
  setUncaughtExceptionCaptureCallback,
  hasUncaughtExceptionCaptureCallback,
  setDomainRouter,
  setReportHook,
  omitVersionLine,
  runtimeVersionLine,
};
