'use strict';
// BroadcastChannel: a message posted on one channel reaches every other open channel of the same
// name in the process, in any thread (internalBinding('worker').broadcast*).

const binding = internalBinding('worker');
const { NodeEventTarget, defineEventHandler, kCreateEvent, kNewListener, kRemoveListener } =
  require('internal/event_target');
const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
const { MessageEvent, toDOMError } = require('internal/worker/io');

const kName = Symbol('kName');
const kPort = Symbol('kPort');

class BroadcastChannel extends NodeEventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this[kName] = `${name}`;
    const port = binding.broadcastSubscribe(this[kName]);
    this[kPort] = port;
    port.on('message', (data) => this.dispatchEvent(new MessageEvent('message', { data })));
    port.on('messageerror', (data) => this.dispatchEvent(new MessageEvent('messageerror', { data })));
    port.unref();
  }

  get name() { return this[kName]; }

  close() {
    const port = this[kPort];
    if (port === undefined) return;
    this[kPort] = undefined;
    binding.broadcastUnsubscribe(port);
    port.close();
  }

  postMessage(message) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this[kPort] === undefined) {
      const { DOMException } = require('internal/per_context/domexception');
      throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    try {
      binding.broadcastPost(this[kName], this[kPort], message);
    } catch (err) {
      throw toDOMError(err);
    }
  }

  ref() { this[kPort]?.ref(); return this; }
  unref() { this[kPort]?.unref(); return this; }

  [kNewListener](size, type, ...args) {
    if (type === 'message' && size === 1) this[kPort]?.ref();
    return Reflect.apply(NodeEventTarget.prototype[kNewListener], this, [size, type, ...args]);
  }

  [kRemoveListener](size, type, ...args) {
    if (type === 'message' && size === 0) this[kPort]?.unref();
    return Reflect.apply(NodeEventTarget.prototype[kRemoveListener], this, [size, type, ...args]);
  }

  [kCreateEvent](data, type) {
    return new MessageEvent(type, { data });
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (depth < 0) return 'BroadcastChannel';
    const { inspect } = require('internal/util/inspect');
    return `BroadcastChannel ${inspect({ name: this[kName], active: this[kPort] !== undefined }, options)}`;
  }
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

module.exports = { BroadcastChannel };
