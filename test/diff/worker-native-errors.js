'use strict';
// worker_threads and structuredClone errors node 22 throws from C++: plain TypeErrors with a code
// and no [code] in the stack header (port arguments, a missing message, the receiver of a
// MessagePort method, structuredClone's transfer option), and a Worker URL of another scheme.
const vm = require('vm');
const { MessageChannel, MessagePort, Worker, receiveMessageOnPort, moveMessagePortToContext } =
  require('worker_threads');

const { port1, port2 } = new MessageChannel();
const cases = {
  receiveNotAPort: () => receiveMessageOnPort({}),
  moveNotAPort: () => moveMessagePortToContext(1, vm.createContext()),
  moveNotAContext: () => moveMessagePortToContext(port1, {}),
  postNoMessage: () => port1.postMessage(),
  postTransferNotIterable: () => port1.postMessage(1, 1),
  postForeignThis: () => MessagePort.prototype.postMessage.call({}, 1),
  closeForeignThis: () => MessagePort.prototype.close.call({}),
  startForeignThis: () => MessagePort.prototype.start.call({}),
  cloneTransferNotSequence: () => structuredClone(1, { transfer: {} }),
  cloneTransferNull: () => structuredClone(1, { transfer: null }),
  cloneTransferPrimitive: () => structuredClone(1, { transfer: [1] }),
  cloneTransferObject: () => structuredClone(1, { transfer: [{}] }),
  cloneOptionsNotObject: () => structuredClone(1, 1),
  workerHttpUrl: () => new Worker(new URL('https://example.com/w.js')),
  workerNodeUrl: () => new Worker(new URL('node:fs')),
};
require('../fixtures/report-errors')(cases);
console.log('post with a message', port1.postMessage(undefined));
port1.close();
port2.close();
