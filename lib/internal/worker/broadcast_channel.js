'use strict';
// BroadcastChannel: messages to every other open channel of the same name in this thread.
// (Channels in other threads of the process do not receive them yet.)

const { NodeEventTarget, defineEventHandler, kCreateEvent, kNewListener, kRemoveListener } =
  require('internal/event_target');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS } } = require('internal/errors');
const { MessageEvent } = require('internal/worker/io');
const { structuredClone } = require('internal/structured_clone');

const channels = new Map();  // name -> Set<BroadcastChannel>
const kName = Symbol('kName');
const kClosed = Symbol('kClosed');
const kRefed = Symbol('kRefed');

class BroadcastChannel extends NodeEventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this[kName] = `${name}`;
    this[kClosed] = false;
    this[kRefed] = true;
    let set = channels.get(this[kName]);
    if (set === undefined) channels.set(this[kName], set = new Set());
    set.add(this);
  }

  get name() { return this[kName]; }

  close() {
    if (this[kClosed]) return;
    this[kClosed] = true;
    const set = channels.get(this[kName]);
    if (set !== undefined) {
      set.delete(this);
      if (set.size === 0) channels.delete(this[kName]);
    }
  }

  postMessage(message) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this[kClosed]) {
      const { DOMException } = require('internal/per_context/domexception');
      throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    const set = channels.get(this[kName]);
    if (set === undefined) return;
    for (const target of set) {
      if (target === this) continue;
      const data = structuredClone(message);
      setImmediate(() => {
        if (!target[kClosed]) target.dispatchEvent(new MessageEvent('message', { data }));
      });
    }
  }

  ref() { this[kRefed] = true; return this; }
  unref() { this[kRefed] = false; return this; }

  [kCreateEvent](data, type) {
    return new MessageEvent(type, { data });
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (depth < 0) return 'BroadcastChannel';
    const { inspect } = require('internal/util/inspect');
    return `BroadcastChannel ${inspect({ name: this[kName], active: !this[kClosed] }, options)}`;
  }
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');
void ERR_INVALID_ARG_TYPE; void kNewListener; void kRemoveListener;

module.exports = { BroadcastChannel };
