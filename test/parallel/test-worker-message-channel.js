'use strict';
// MessageChannel in one thread: messages are cloned and arrive in order, EventTarget and
// EventEmitter styles both work, receiveMessageOnPort takes one message synchronously, and
// closing one side emits 'close' on both.
const common = require('../common');
const assert = require('assert');
const { MessageChannel, MessagePort, receiveMessageOnPort } = require('worker_threads');

assert.strictEqual(globalThis.MessageChannel, MessageChannel);
const { port1, port2 } = new MessageChannel();
assert.ok(port1 instanceof MessagePort);
assert.ok(port1 instanceof EventTarget);
assert.throws(() => new MessagePort(), { name: 'TypeError' });

const obj = { a: [1, 2], d: new Date(0), m: new Map([[1, 'x']]) };
port1.postMessage(obj);
port1.postMessage('second');
assert.deepStrictEqual(receiveMessageOnPort(port2), { message: obj });
assert.notStrictEqual(receiveMessageOnPort(port2).message, undefined);
assert.strictEqual(receiveMessageOnPort(port2), undefined);
assert.throws(() => receiveMessageOnPort({}), { code: 'ERR_INVALID_ARG_TYPE' });

const got = [];
port2.addEventListener('message', common.mustCall((ev) => {
  assert.strictEqual(ev.constructor.name, 'MessageEvent');
  got.push(['event', ev.data]);
}, 2));
port2.on('message', common.mustCall((data) => {
  got.push(['node', data]);
  if (got.length === 4) {
    assert.deepStrictEqual(got, [['event', 1], ['node', 1], ['event', 2], ['node', 2]]);
    port1.close();
  }
}, 2));
port1.postMessage(1);
port1.postMessage(2);
port1.on('close', common.mustCall());
port2.on('close', common.mustCall());
assert.throws(() => port1.postMessage(() => {}), { name: 'DataCloneError' });
