'use strict';
// The IPC channel of fork()/stdio 'ipc', on both ends: send()/'message'/disconnect over a Pipe
// opened in IPC mode. Wire format as node's, so either side may be node: 'json' is one
// JSON text per line; 'advanced' is a 4-byte big-endian length and a V8 serialized value
// (internal/child_process/serialization.js). Handles travel with an internal
// { cmd: 'NODE_HANDLE', type, msg } message; the receiver answers NODE_HANDLE_ACK (or
// NODE_HANDLE_NACK to get it again) and the sender queues further messages until then.

const EventEmitter = require('events');
const {
  ErrnoException,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_HANDLE_TYPE,
    ERR_IPC_CHANNEL_CLOSED,
    ERR_IPC_DISCONNECTED,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const serialization = require('internal/child_process/serialization');

const kMaxHandleRetransmissions = 3;
const kChannelHandle = Symbol('kChannelHandle');

let streamWrap;
function lazyStreamWrap() {
  streamWrap ??= internalBinding('stream_wrap');
  return streamWrap;
}

let net;
function lazyNet() {
  net ??= require('net');
  return net;
}

function nop() {}

// process.channel / subprocess.channel: refs the pipe while someone listens (child side).
class Control extends EventEmitter {
  #channel;
  #refs = 0;
  #refExplicitlySet = false;

  constructor(channel) {
    super();
    this.#channel = channel;
  }

  refCounted() {
    if (++this.#refs === 1 && !this.#refExplicitlySet) this.#channel.ref();
  }

  unrefCounted() {
    if (--this.#refs === 0 && !this.#refExplicitlySet) {
      this.#channel.unref();
      this.emit('unref');
    }
  }

  ref() {
    this.#refExplicitlySet = true;
    this.#channel.ref();
  }

  unref() {
    this.#refExplicitlySet = true;
    this.#channel.unref();
  }

  get fd() {
    return this.#channel ? this.#channel.fd : undefined;
  }
}

// How each kind of sendable thing becomes a raw handle and back.
const handleConversion = {
  'net.Native': {
    simultaneousAccepts: true,
    send(message, handle) {
      return handle;
    },
    got(message, handle, emit) {
      emit(handle);
    },
  },

  'net.Server': {
    simultaneousAccepts: true,
    send(message, server) {
      return server._handle;
    },
    got(message, handle, emit) {
      const server = new (lazyNet().Server)();
      server.listen(handle, () => emit(server));
    },
  },

  'net.Socket': {
    send(message, socket, options) {
      if (!socket._handle) return undefined;
      if (socket.server) message.key = socket.server._connectionKey;
      const handle = socket._handle;
      if (!options.keepOpen) {
        handle.onread = nop;
        socket._handle = null;
        socket.setTimeout(0);
      }
      return handle;
    },
    postSend(message, handle, options, callback, target) {
      // Closed once the other side acknowledged it (or now, when there is no channel).
      // One handle is in flight at a time (others wait in _handleQueue): this is it.
      if (handle && !options.keepOpen) {
        if (target) {
          target._pendingMessage = { callback, message, handle, options, retransmissions: 0 };
        } else {
          handle.close();
        }
      }
    },
    got(message, handle, emit) {
      const socket = new (lazyNet().Socket)({ handle, readable: true, writable: true });
      emit(socket);
    },
  },

  'dgram.Native': {
    simultaneousAccepts: false,
    send(message, handle) {
      return handle;
    },
    got(message, handle, emit) {
      emit(handle);
    },
  },

  'dgram.Socket': {
    simultaneousAccepts: false,
    send(message, socket) {
      message.dgramType = socket.type;
      return socket[require('internal/dgram').kStateSymbol].handle;
    },
    got(message, handle, emit) {
      const dgram = require('dgram');
      const socket = new dgram.Socket(message.dgramType);
      socket.bind(handle, () => emit(socket));
    },
  },
};

function handleTypeOf(handle) {
  const n = lazyNet();
  if (n.Socket && handle instanceof n.Socket) return 'net.Socket';
  if (n.Server && handle instanceof n.Server) return 'net.Server';
  const pipeWrap = internalBinding('pipe_wrap');
  let tcpWrap;
  try { tcpWrap = internalBinding('tcp_wrap'); } catch { tcpWrap = undefined; }
  if (handle instanceof pipeWrap.Pipe || (tcpWrap !== undefined && handle instanceof tcpWrap.TCP)) {
    return 'net.Native';
  }
  let dgram;
  try { dgram = require('dgram'); } catch { dgram = undefined; }
  if (dgram !== undefined && handle instanceof dgram.Socket) return 'dgram.Socket';
  let udpWrap;
  try { udpWrap = internalBinding('udp_wrap'); } catch { udpWrap = undefined; }
  if (udpWrap !== undefined && handle instanceof udpWrap.UDP) return 'dgram.Native';
  return null;
}

function isInternal(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.length > 4 && message.cmd.startsWith('NODE_');
}

function closePendingHandle(target) {
  target._pendingMessage.handle.close();
  target._pendingMessage = null;
}

function setupChannel(target, channel, serializationMode) {
  const control = new Control(channel);
  target.channel = control;
  target[kChannelHandle] = channel;
  Object.defineProperty(target, '_channel', {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() { return this.channel; },
    set(val) { this.channel = val; },
  });
  target._handleQueue = null;
  target._pendingMessage = null;

  const { initMessageChannel, parseChannelMessages, writeChannelMessage } =
    serialization[serializationMode];
  initMessageChannel(channel);
  channel.pendingHandle = null;
  channel.sockets = { got: {}, send: {} };

  channel.onread = function(arrayBuffer) {
    let recvHandle = channel.pendingHandle;
    channel.pendingHandle = null;
    if (arrayBuffer) {
      const { streamBaseState, kReadBytesOrError, kArrayBufferOffset } = lazyStreamWrap();
      const nread = streamBaseState[kReadBytesOrError];
      const offset = streamBaseState[kArrayBufferOffset];
      const pool = new Uint8Array(arrayBuffer, offset, nread);
      for (const message of parseChannelMessages(channel, pool)) {
        // NODE_HANDLE carries the handle that arrived with this read.
        if (isInternal(message)) {
          if (message.cmd === 'NODE_HANDLE') {
            handleMessage(message, recvHandle, true);
            recvHandle = undefined;
          } else {
            handleMessage(message, undefined, true);
          }
        } else {
          handleMessage(message, undefined, false);
        }
      }
    } else {
      this.buffering = false;
      target.disconnect();
      channel.onread = nop;
      channel.close();
      target._channel = null;
      if (target !== process) require('internal/child_process').maybeClose(target);
    }
  };

  target.on('internalMessage', function(message, handle) {
    if (message.cmd === 'NODE_HANDLE_ACK') {
      // The socket sent (without keepOpen) is the receiver's now.
      if (target._pendingMessage) closePendingHandle(target);
      const queue = target._handleQueue || [];
      target._handleQueue = null;
      for (const args of queue) target._send(args.message, args.handle, args.options, args.callback);
      // A disconnect() asked for while handles were in flight happens now.
      if (!target.connected && target.channel && !target._handleQueue) target._disconnect();
      return;
    }
    if (message.cmd === 'NODE_HANDLE_NACK') {
      const pending = target._pendingMessage;
      if (pending) {
        if (pending.retransmissions++ === kMaxHandleRetransmissions) {
          closePendingHandle(target);
          process.emitWarning('Handle did not reach the receiving process correctly',
                              'SentHandleNotReceivedWarning');
        } else {
          target._send(pending.message, pending.handle, pending.options, pending.callback);
        }
      }
      return;
    }
    if (message.cmd !== 'NODE_HANDLE') return;
    // A handle lost in transit (e.g. MSG_CTRUNC): ask for it again.
    if (!handle) return target._send({ cmd: 'NODE_HANDLE_NACK' }, null, true);
    // Acknowledge; failing to (the other side is gone) must not be fatal.
    target._send({ cmd: 'NODE_HANDLE_ACK' }, null, true);
    const obj = handleConversion[message.type];
    if (obj === undefined) return;
    obj.got.call(this, message, handle, (converted) => {
      handleMessage(message.msg, converted, isInternal(message.msg));
    });
  });

  target.send = function(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    options = { swallowErrors: false, ...options };
    if (this.connected) return this._send(message, handle, options, callback);
    const ex = new ERR_IPC_CHANNEL_CLOSED();
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => this.emit('error', ex));
    return false;
  };

  target._send = function(message, handle, options, callback) {
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' &&
        typeof message !== 'number' && typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'],
                                     message);
    }
    // Internal acknowledgements pass `true` for options.
    if (typeof options === 'boolean') options = { swallowErrors: options };

    let obj;
    if (handle) {
      message = { cmd: 'NODE_HANDLE', type: handleTypeOf(handle), msg: message };
      if (message.type === null) throw new ERR_INVALID_HANDLE_TYPE();
      if (this._handleQueue) {
        this._handleQueue.push({ callback, handle, options, message: message.msg });
        return this._handleQueue.length === 1;
      }
      obj = handleConversion[message.type];
      handle = obj.send.call(target, message, handle, options);
      // A socket with no handle left goes as the bare message.
      if (!handle) message = message.msg;
    } else if (this._handleQueue &&
               !(message && (message.cmd === 'NODE_HANDLE_ACK' ||
                             message.cmd === 'NODE_HANDLE_NACK'))) {
      this._handleQueue.push({ callback, handle: null, options, message });
      return this._handleQueue.length === 1;
    }

    const channelHandle = this[kChannelHandle];
    if (!channelHandle) return false;
    const { WriteWrap, streamBaseState, kLastWriteWasAsync } = lazyStreamWrap();
    const req = new WriteWrap();
    const err = writeChannelMessage(channelHandle, req, message, handle);
    const wasAsyncWrite = streamBaseState[kLastWriteWasAsync];

    if (err === 0) {
      if (handle) {
        if (!this._handleQueue) this._handleQueue = [];
        if (obj && obj.postSend) obj.postSend(message, handle, options, callback, target);
      }
      if (wasAsyncWrite) {
        req.oncomplete = () => {
          control.unrefCounted();
          if (typeof callback === 'function') callback(null);
        };
        control.refCounted();
      } else if (typeof callback === 'function') {
        process.nextTick(callback, null);
      }
    } else {
      // Cleanup of the handle is the caller's.
      if (obj && obj.postSend) obj.postSend(message, handle, options, callback);
      if (!options.swallowErrors) {
        const ex = new ErrnoException(err, 'write');
        if (typeof callback === 'function') process.nextTick(callback, ex);
        else process.nextTick(() => this.emit('error', ex));
      }
    }
    // Backpressure like node's: false once a lot waits to be written.
    return channelHandle.writeQueueSize < 65536 * 2;
  };

  target.connected = true;

  target.disconnect = function() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    this.connected = false;
    // Messages still waiting on a handle acknowledgement go first.
    if (!this._handleQueue) this._disconnect();
  };

  target._disconnect = function() {
    this.channel = null;
    this[kChannelHandle] = null;
    if (this._pendingMessage) closePendingHandle(this);
    let fired = false;
    function finish() {
      if (fired) return;
      fired = true;
      channel.close();
      target.emit('disconnect');
    }
    // A message half read is delivered before the disconnect.
    if (channel.buffering) {
      this.once('message', finish);
      this.once('internalMessage', finish);
      return;
    }
    process.nextTick(finish);
  };

  function handleMessage(message, handle, internal) {
    if (!target.channel) return;
    process.nextTick(() => target.emit(internal ? 'internalMessage' : 'message', message, handle));
  }

  channel.readStart();
  return control;
}

// The child side: the fd named by NODE_CHANNEL_FD becomes process.channel. The pipe is not
// ref'd until someone listens for 'message' or 'disconnect', as in node.
function setupChildChannel(fd, serializationMode) {
  const { Pipe, constants } = internalBinding('pipe_wrap');
  const p = new Pipe(constants.IPC);
  p.open(fd);
  p.unref();
  const control = setupChannel(process, p, serializationMode);
  process.on('newListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.refCounted();
  });
  process.on('removeListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.unrefCounted();
  });
  return control;
}

module.exports = {
  handleConversion,
  setupChannel,
  setupChildChannel,
};
