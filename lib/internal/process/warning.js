'use strict';
// process.emitWarning and the default 'warning' printer.

const { writeString } = internalBinding('fs');
let traceHintShown = false;
let disabled;

function lazyErrors() {
  return require('internal/errors').codes;
}

function createWarningObject(warning, type, code, ctor, detail) {
  // Keep the stack short and pointing at the caller, like node.
  const limit = Error.stackTraceLimit;
  if (typeof limit === 'number' && limit > 0) Error.stackTraceLimit = limit;
  warning = new Error(warning);
  warning.name = String(type || 'Warning');
  if (code !== undefined) warning.code = code;
  if (detail !== undefined) warning.detail = detail;
  Error.captureStackTrace(warning, ctor || process.emitWarning);
  return warning;
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') {
    throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('type', 'string', type);
  }
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('code', 'string', code);
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    throw new (lazyErrors().ERR_INVALID_ARG_TYPE)('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) {
      // Thrown from a tick, as node does: the caller cannot catch it.
      process.nextTick(() => { throw warning; });
      return;
    }
  }
  process.nextTick(doEmitWarning, warning);
}

function doEmitWarning(warning) {
  process.emit('warning', warning);
}

function isDisabled(warning) {
  disabled ??= new Set(internalBinding('options').disabledWarnings);
  return disabled.has(warning.name) || (warning.code !== undefined && disabled.has(warning.code));
}

// The listener installed at startup (unless --no-warnings): prints to stderr.
function onWarning(warning) {
  if (!(warning instanceof Error) && (typeof warning !== 'object' || warning === null)) return;
  if (isDisabled(warning)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  const trace = process.traceProcessWarnings ||
    (isDeprecation && process.traceDeprecation);
  let msg = `(node:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) {
    msg += `${warning.stack}`;
  } else {
    msg += typeof warning.toString === 'function' ?
      `${warning.toString()}` : Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !traceHintShown) {
    traceHintShown = true;
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    const argv0 = require('path').basename(process.argv0 || 'node', '.exe');
    msg += `\n(Use \`${argv0} ${flag} ...\` to show where the warning was created)`;
  }
  if (redirectFd >= 0) writeString(redirectFd, `${msg}\n`);
  else writeString(2, `${msg}\n`);
}

// --redirect-warnings=file: warnings are appended to the file instead of stderr (stderr again
// when it cannot be opened, as node does).
let redirectFd = -1;
function redirectWarnings(file) {
  try {
    redirectFd = require('fs').openSync(file, 'a');
  } catch {
    redirectFd = -1;
  }
}

module.exports = { emitWarning, onWarning, createWarningObject, redirectWarnings };
