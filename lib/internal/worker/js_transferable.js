'use strict';
// Cloning JS objects through structuredClone and postMessage. A class that can be cloned derives
// from JSTransferable (whose instances V8 hands to the serializer's delegate as host objects, see
// src/runtime/message_port.cc) and defines [kClone]() -> { data, deserializeInfo }.
// deserializeInfo is 'module:name': loading the module registers (registerCloneFactory) a
// function `name` that takes the (cloned) data and returns the new object; data may itself hold
// clonable objects.

const { JSTransferable, setTransferHooks } = internalBinding('worker');

const kClone = Symbol('kClone');
const factories = new Map();

function registerCloneFactory(name, fn) {
  factories.set(name, fn);
}

function cloneHook(obj) {
  if (typeof obj[kClone] !== 'function') {
    const err = new Error(`${obj.constructor?.name ?? 'Object'} could not be cloned.`);
    err.name = 'DataCloneError';
    err.code = 25;
    throw err;
  }
  const { data, deserializeInfo } = obj[kClone]();
  return [deserializeInfo, data];
}

function deserializeHook(info, data) {
  const colon = info.lastIndexOf(':');
  require(info.slice(0, colon));
  return factories.get(info.slice(colon + 1))(data);
}

setTransferHooks(cloneHook, deserializeHook);

module.exports = { JSTransferable, kClone, registerCloneFactory };
