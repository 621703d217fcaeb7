'use strict';
// Messages between a cluster primary and its workers: internal IPC messages
// { cmd: 'NODE_CLUSTER', act, seq, ... }; a reply carries `ack: seq` and runs the callback the
// request registered.

const callbacks = new Map();
let seq = 0;

function sendHelper(proc, message, handle, cb) {
  if (!proc.connected) return false;
  message = { cmd: 'NODE_CLUSTER', ...message, seq };
  if (typeof cb === 'function') callbacks.set(seq, cb);
  seq += 1;
  return proc.send(message, handle);
}

// An 'internalMessage' listener that hands cluster messages to `cb` (or to the callback the
// acknowledged request registered), with the worker as `this`.
function internal(worker, cb) {
  return function onInternalMessage(message, handle) {
    if (message.cmd !== 'NODE_CLUSTER') return;
    let fn = cb;
    if (message.ack !== undefined) {
      const callback = callbacks.get(message.ack);
      if (callback !== undefined) {
        fn = callback;
        callbacks.delete(message.ack);
      }
    }
    Reflect.apply(fn, worker, [message, handle]);
  };
}

module.exports = { sendHelper, internal };
