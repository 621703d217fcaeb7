'use strict';
// MessagePort (a native handle made an EventTarget here), MessageChannel, MessageEvent,
// receiveMessageOnPort and the untransferable mark, as node 22 exposes them.

const binding = internalBinding('worker');
const { MessagePort, createChannelPair, setPortHooks } = binding;
// Messages may carry clonable objects (KeyObject, BlockList, ...): their deserialize hook.
require('internal/worker/js_transferable');
const {
  Event, NodeEventTarget, defineEventHandler, initNodeEventTarget, kCreateEvent, kNewListener,
  kRemoveListener,
} = require('internal/event_target');
const { codes: { ERR_INVALID_ARG_TYPE }, nativeError } = require('internal/errors');

const kHybridDispatch = require('internal/event_target').kHybridDispatch;
const kUntransferable = Symbol('nodus.untransferable');
const kUncloneable = Symbol('nodus.uncloneable');

class MessageEvent extends Event {
  #data; #origin; #lastEventId; #source; #ports;
  constructor(type, init = undefined) {
    if (arguments.length === 0) {
      throw new ERR_INVALID_ARG_TYPE('type', 'string', undefined);
    }
    super(type, init);
    this.#data = init?.data ?? null;
    this.#origin = `${init?.origin ?? ''}`;
    this.#lastEventId = `${init?.lastEventId ?? ''}`;
    this.#source = init?.source ?? null;
    this.#ports = init?.ports !== undefined ? Object.freeze([...init.ports]) : Object.freeze([]);
  }
  get data() { return this.#data; }
  get origin() { return this.#origin; }
  get lastEventId() { return this.#lastEventId; }
  get source() { return this.#source; }
  get ports() { return this.#ports; }
  // Legacy: a new event with these fields (as undici's, which node 22 exposes).
  initMessageEvent(type, bubbles = false, cancelable = false, data = null, origin = '',
                   lastEventId = '', source = null, ports = []) {
    if (!(this instanceof MessageEvent)) {
      const err = new TypeError('Illegal invocation');
      err.code = 'ERR_INVALID_THIS';
      throw err;
    }
    if (arguments.length === 0) {
      throw new TypeError('MessageEvent.initMessageEvent: 1 argument required, but 0 found.');
    }
    return new MessageEvent(type, { bubbles, cancelable, data, origin, lastEventId, source, ports });
  }
}
for (const name of ['data', 'origin', 'lastEventId', 'source', 'ports', 'initMessageEvent']) {
  Object.defineProperty(MessageEvent.prototype, name, { enumerable: true });
}
Object.defineProperty(MessageEvent.prototype, Symbol.toStringTag, {
  value: 'MessageEvent', configurable: true,
});

// MessagePort.prototype -> NodeEventTarget.prototype, keeping the native methods.
Object.setPrototypeOf(MessagePort.prototype, NodeEventTarget.prototype);
Object.setPrototypeOf(MessagePort, NodeEventTarget);
const nativeClose = MessagePort.prototype.close;
const nativePost = MessagePort.prototype.postMessage;

// node's MessagePort methods are native: another receiver is V8's "Illegal invocation"
function checkPort(port) {
  if (port === null || typeof port !== 'object' || !(port instanceof MessagePort)) {
    throw new TypeError('Illegal invocation');
  }
}

function checkPortArgument(port) {
  if (!(port instanceof MessagePort)) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "port" argument must be a MessagePort instance',
                      checkPortArgument);
  }
}

function validateTransfer(transferList) {
  for (const item of transferList) {
    if (item !== null && (typeof item === 'object' || typeof item === 'function') &&
        item[kUntransferable] === true) {
      throw new (require('internal/per_context/domexception').DOMException)('An ArrayBuffer is marked as untransferable.', 'DataCloneError');
    }
  }
}

function toDOMError(err) {
  if (err !== null && typeof err === 'object' && err.name === 'DataCloneError' &&
      !(err instanceof require('internal/per_context/domexception').DOMException)) {
    return new (require('internal/per_context/domexception').DOMException)(err.message, 'DataCloneError');
  }
  return err;
}

Object.defineProperties(MessagePort.prototype, {
  postMessage: {
    value: function postMessage(message, transfer) {
      checkPort(this);
      if (arguments.length === 0) {
        throw nativeError(TypeError, 'ERR_MISSING_ARGS', 'Not enough arguments to MessagePort.postMessage');
      }
      let list;
      if (transfer !== undefined && transfer !== null) {
        if (Array.isArray(transfer)) {
          list = transfer;
        } else if (typeof transfer === 'object' && transfer.transfer !== undefined) {
          list = Array.from(transfer.transfer);
        } else if (typeof transfer === 'object' && typeof transfer[Symbol.iterator] === 'function') {
          list = Array.from(transfer);
        } else if (typeof transfer !== 'object') {
          throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
        }
      }
      if (list !== undefined) validateTransfer(list);
      if (message !== null && typeof message === 'object' && message[kUncloneable] === true) {
        throw new (require('internal/per_context/domexception').DOMException)('Cannot clone object of unsupported type.', 'DataCloneError');
      }
      try {
        return Reflect.apply(nativePost, this, [message, list]);
      } catch (err) {
        throw toDOMError(err);
      }
    },
    writable: true, configurable: true, enumerable: true,
  },
  close: {
    value: function close() {
      checkPort(this);
      Reflect.apply(nativeClose, this, [() => {
        this[kHybridDispatch](undefined, 'close', new Event('close'));
      }]);
    },
    writable: true, configurable: true, enumerable: true,
  },
  [kCreateEvent]: {
    value(data, type) {
      if (type === 'message' || type === 'messageerror') return new MessageEvent(type, { data });
      return new Event(type);
    },
    configurable: true,
  },
  [kNewListener]: {
    value(size, type, ...args) {
      if (type === 'message' && size === 1) {
        this.ref();
        this.start();
      }
      return Reflect.apply(NodeEventTarget.prototype[kNewListener], this, [size, type, ...args]);
    },
    configurable: true,
  },
  [kRemoveListener]: {
    value(size, type, ...args) {
      if (type === 'message' && size === 0) this.unref();
      return Reflect.apply(NodeEventTarget.prototype[kRemoveListener], this, [size, type, ...args]);
    },
    configurable: true,
  },
  [Symbol.for('nodejs.util.inspect.custom')]: {
    value(depth, options) {
      const { inspect } = require('internal/util/inspect');
      let ref;
      try { ref = this.hasRef(); } catch { ref = false; }
      if (depth < 0) return 'MessagePort';
      return `MessagePort ${inspect({ active: ref, refed: ref }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
    },
    configurable: true,
  },
});
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');

// Called by the native side for each message (kind 0), a message that failed to deserialize
// (kind 1) and the other end closing (kind 2).
function emitMessage(port, value, kind) {
  if (kind === 0) {
    port[kHybridDispatch](value, 'message', undefined);
  } else if (kind === 1) {
    port[kHybridDispatch](value, 'messageerror', undefined);
  } else {
    port.close();
  }
}

function initPort(port) {
  initNodeEventTarget(port);
}

setPortHooks(emitMessage, initPort);

class MessageChannel {
  constructor() {
    const [port1, port2] = createChannelPair();
    this.port1 = port1;
    this.port2 = port2;
  }
}

function receiveMessageOnPort(port) {
  checkPortArgument(port);
  const result = binding.receiveMessageOnPort(port);
  if (result === undefined) return undefined;
  return { message: result[0] };
}

function markAsUntransferable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  Object.defineProperty(obj, kUntransferable, { value: true, configurable: false });
}

function isMarkedAsUntransferable(obj) {
  if (obj == null) return false;
  return obj[kUntransferable] === true;
}

function markAsUncloneable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  Object.defineProperty(obj, kUncloneable, { value: true, configurable: false });
}

function moveMessagePortToContext(port, contextifiedSandbox) {
  checkPortArgument(port);
  if (contextifiedSandbox === null || typeof contextifiedSandbox !== 'object' ||
      !require('vm').isContext(contextifiedSandbox)) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Invalid context argument');
  }
  return port;
}

module.exports = {
  MessageChannel,
  MessageEvent,
  MessagePort,
  isMarkedAsUntransferable,
  markAsUncloneable,
  markAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort,
  toDOMError,
};
