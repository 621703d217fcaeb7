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

function setTimeout(callback, after, arg1, arg2, arg3) {
  lazyValidateFunction(callback, 'callback');
  let args;
  const n = arguments.length;
  if (n > 2) {
    switch (n) {
      case 3: args = [arg1]; break;
      case 4: args = [arg1, arg2]; break;
      default:
        args = [arg1, arg2, arg3];
        for (let i = 5; i < n; i++) args.push(arguments[i]);
    }
  }
  const timeout = new Timeout(callback, after, args, false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  lazyValidateFunction(callback, 'callback');
  let args;
  const n = arguments.length;
  if (n > 2) {
    switch (n) {
      case 3: args = [arg1]; break;
      case 4: args = [arg1, arg2]; break;
      default:
        args = [arg1, arg2, arg3];
        for (let i = 5; i < n; i++) args.push(arguments[i]);
    }
  }
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

function setImmediate(callback, arg1, arg2, arg3) {
  lazyValidateFunction(callback, 'callback');
  let args;
  const n = arguments.length;
  if (n > 1) {
    switch (n) {
      case 2: args = [arg1]; break;
      case 3: args = [arg1, arg2]; break;
      default:
        args = [arg1, arg2, arg3];
        for (let i = 4; i < n; i++) args.push(arguments[i]);
    }
  }
  return new Immediate(callback, args);
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
