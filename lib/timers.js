'use strict';
// node:timers

const {
  Timeout, Immediate, insert, clearTimeout: clearTimeoutImpl, clearImmediate, unenroll,
} = require('internal/timers');

function lazyValidateFunction(fn, name) {
  if (typeof fn !== 'function') {
    require('internal/validators').validateFunction(fn, name);
  }
}

// The extra arguments of a timer call (from index `first` on), or undefined when there are none.
function extraArgs(argsObject, first) {
  const n = argsObject.length;
  if (n <= first) return undefined;
  const args = new Array(n - first);
  for (let i = first; i < n; i++) args[i - first] = argsObject[i];
  return args;
}

function setTimeout(callback, after) {
  lazyValidateFunction(callback, 'callback');
  const args = extraArgs(arguments, 2);
  const timeout = new Timeout(callback, after, args, false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function setInterval(callback, repeat) {
  lazyValidateFunction(callback, 'callback');
  const args = extraArgs(arguments, 2);
  const timeout = new Timeout(callback, repeat, args, true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearTimeout(timer) {
  clearTimeoutImpl(timer);
}

function clearInterval(timer) {
  // clearTimeout and clearInterval are interchangeable, as in node.
  clearTimeoutImpl(timer);
}

function setImmediate(callback) {
  lazyValidateFunction(callback, 'callback');
  return new Immediate(callback, extraArgs(arguments, 1));
}

Object.defineProperty(setTimeout, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: true,
  get() { return require('timers/promises').setTimeout; },
});
Object.defineProperty(setImmediate, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: true,
  get() { return require('timers/promises').setImmediate; },
});

// Deprecated active/enroll API kept for old code.
function active(item) {
  if (item._idleTimeout >= 0) insert(item, item._idleTimeout);
}
function enroll(item, msecs) {
  require('internal/validators').validateNumber(msecs, 'msecs', 0, 2 ** 31 - 1);
  if (item._idleTimeout !== undefined && item._idleNext) unenroll(item);
  item._idleTimeout = msecs;
  item._idleNext = item._idlePrev = null;
}

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
  _unrefActive: active,
  active,
  unenroll,
  enroll,
};
Object.defineProperty(module.exports, 'promises', {
  enumerable: true, configurable: true,
  get() { return require('timers/promises'); },
});
