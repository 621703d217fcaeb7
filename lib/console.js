'use strict';
// node:console: the global console, writing to process.stdout and
// process.stderr (looked up when first written to), with console.Console.

const {
  Console,
  kBindStreamsLazy,
  kBindProperties,
} = require('internal/console/constructor');

// Like Node, the global console is not created by `new Console()`: it is a
// plain object (its prototype an empty object) holding the Console methods
// bound to itself; `console instanceof Console` still holds.
const globalConsole = { __proto__: {} };

function defineMethod(target, key, fn) {
  Object.defineProperty(target, key, {
    __proto__: null, value: fn, writable: true, enumerable: true, configurable: true,
  });
}

// Node's global console methods are wrappers taking (...args): length 0.
function asGlobalMethod(fn, name) {
  const bound = fn.bind(globalConsole);
  Object.defineProperty(bound, 'name', { __proto__: null, value: name });
  Object.defineProperty(bound, 'length', { __proto__: null, value: 0 });
  return bound;
}

for (const key of Reflect.ownKeys(Console.prototype)) {
  if (key === 'constructor') continue;
  const desc = Reflect.getOwnPropertyDescriptor(Console.prototype, key);
  if (typeof desc.value === 'function') {
    desc.value = typeof key === 'string' ?
      asGlobalMethod(desc.value, key) : desc.value.bind(globalConsole);
  }
  Reflect.defineProperty(globalConsole, key, desc);
}

globalConsole[kBindProperties](true, 'auto');

defineMethod(globalConsole, 'Console', Console);

// Inspector-only methods of V8's console. Without an inspector they print
// nothing; context() and createTask() return objects of the same shape.
const contextKeys = ['dir', 'dirXml', 'table', 'groupEnd', 'clear', 'count', 'countReset',
                     'profile', 'profileEnd', 'timeLog', 'debug', 'error', 'info', 'log', 'warn',
                     'trace', 'group', 'groupCollapsed', 'assert', 'time', 'timeEnd', 'timeStamp'];
const inspectorOnly = {
  profile() {},
  profileEnd() {},
  timeStamp() {},
  context(name) {
    const ctx = { __proto__: {} };
    for (const key of contextKeys) {
      const fn = function(data) {};
      Object.defineProperty(fn, 'name', { __proto__: null, value: key });
      ctx[key] = fn;
    }
    return ctx;
  },
  createTask(name) {
    if (typeof name !== 'string' || name.length === 0) {
      throw new Error('First argument must be a non-empty string.');
    }
    return {
      run(...args) {
        const fn = args[0];
        if (typeof fn !== 'function') throw new Error('First argument must be a function.');
        return fn();
      },
    };
  },
};
for (const key of Object.keys(inspectorOnly)) {
  const fn = inspectorOnly[key];
  Object.defineProperty(fn, 'length', { __proto__: null, value: key === 'context' ? 1 : 0 });
  defineMethod(globalConsole, key, fn);
}

globalConsole[kBindStreamsLazy](process);

module.exports = globalConsole;
