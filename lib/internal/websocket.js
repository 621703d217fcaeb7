'use strict';
// The WHATWG WebSocket client (the global, and http.WebSocket) with CloseEvent, over an
// http(s) GET upgrade: RFC 6455 framing (masked client frames, fragmentation, ping/pong, the
// closing handshake), text checked as UTF-8, and permessage-deflate (RFC 7692) offered as undici
// does: compressed messages are inflated, the client's own go uncompressed.

const { Buffer } = require('buffer');
const { Event, EventTarget, defineEventHandler } = require('internal/event_target');
const { DOMException } = require('internal/per_context/domexception');
const { MessageEvent } = require('internal/worker/io');

const CONNECTING = 0;
const OPEN = 1;
const CLOSING = 2;
const CLOSED = 3;

const OP_CONTINUATION = 0x0;
const OP_TEXT = 0x1;
const OP_BINARY = 0x2;
const OP_CLOSE = 0x8;
const OP_PING = 0x9;
const OP_PONG = 0xa;

const kGuid = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
// RFC 7230 token characters: what a subprotocol name may use.
const kToken = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

const kState = Symbol('kState');

class CloseEvent extends Event {
  #wasClean;
  #code;
  #reason;
  constructor(type, init = undefined) {
    if (arguments.length === 0) {
      throw new TypeError('CloseEvent constructor: 1 argument required, but 0 found.');
    }
    super(type, init);
    this.#wasClean = !!init?.wasClean;
    this.#code = (init?.code ?? 0) & 0xffff;
    this.#reason = `${init?.reason ?? ''}`;
  }
  get wasClean() { return this.#wasClean; }
  get code() { return this.#code; }
  get reason() { return this.#reason; }
}
for (const name of ['wasClean', 'code', 'reason']) {
  Object.defineProperty(CloseEvent.prototype, name, { enumerable: true });
}
Object.defineProperty(CloseEvent.prototype, Symbol.toStringTag, {
  value: 'CloseEvent', configurable: true,
});

// The 'error' event of a failed connection (undici's ErrorEvent shape; not a global in node 22).
class ErrorEvent extends Event {
  #message;
  #error;
  constructor(type, init = undefined) {
    super(type, init);
    this.#message = `${init?.message ?? ''}`;
    this.#error = init?.error;
  }
  get message() { return this.#message; }
  get filename() { return ''; }
  get lineno() { return 0; }
  get colno() { return 0; }
  get error() { return this.#error; }
}
Object.defineProperty(ErrorEvent.prototype, Symbol.toStringTag, {
  value: 'ErrorEvent', configurable: true,
});

function syntaxError(message) {
  return new DOMException(message, 'SyntaxError');
}

function parseUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch (err) {
    throw syntaxError(`${err.name}: ${err.message}`);
  }
  if (parsed.protocol === 'http:') parsed.protocol = 'ws:';
  else if (parsed.protocol === 'https:') parsed.protocol = 'wss:';
  if (parsed.protocol !== 'ws:' && parsed.protocol !== 'wss:') {
    throw syntaxError(`Expected a ws: or wss: protocol, got ${parsed.protocol}`);
  }
  if (parsed.hash || parsed.href.endsWith('#')) throw syntaxError('Got fragment');
  return parsed;
}

function parseProtocols(protocols) {
  if (protocols === undefined || protocols === null) return [];
  if (typeof protocols === 'object' && !Array.isArray(protocols) &&
      typeof protocols[Symbol.iterator] !== 'function') {
    return parseProtocols(protocols.protocols);
  }
  const list = typeof protocols === 'string' ? [protocols] : [...protocols].map(String);
  const seen = new Set();
  for (const p of list) {
    if (!kToken.test(p) || seen.has(p.toLowerCase())) {
      throw syntaxError('Invalid Sec-WebSocket-Protocol value');
    }
    seen.add(p.toLowerCase());
  }
  return list;
}

function byteLengthOf(data) {
  if (typeof data === 'string') return Buffer.byteLength(data);
  if (data instanceof Blob) return data.size;
  return data.byteLength;
}

// One frame from the client: FIN set, masked with a fresh key.
function encodeFrame(opcode, payload) {
  const length = payload.length;
  let headerLength = 6;
  if (length > 65535) headerLength += 8;
  else if (length > 125) headerLength += 2;
  const frame = Buffer.allocUnsafe(headerLength + length);
  frame[0] = 0x80 | opcode;
  let offset = 2;
  if (length > 65535) {
    frame[1] = 0x80 | 127;
    frame.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
    frame.writeUInt32BE(length >>> 0, 6);
    offset = 10;
  } else if (length > 125) {
    frame[1] = 0x80 | 126;
    frame.writeUInt16BE(length, 2);
    offset = 4;
  } else {
    frame[1] = 0x80 | length;
  }
  const mask = require('crypto').randomBytes(4);
  mask.copy(frame, offset);
  offset += 4;
  for (let i = 0; i < length; i++) frame[offset + i] = payload[i] ^ mask[i & 3];
  return frame;
}

class WebSocket extends EventTarget {
  constructor(url, protocols = []) {
    if (arguments.length === 0) {
      throw new TypeError('WebSocket constructor: 1 argument required, but 0 found.');
    }
    super();
    const parsed = parseUrl(`${url}`);
    const list = parseProtocols(protocols);
    // undici's extension: new WebSocket(url, { protocols, headers }).
    const extraHeaders = protocols !== null && typeof protocols === 'object' &&
      !Array.isArray(protocols) && typeof protocols[Symbol.iterator] !== 'function' ?
      protocols.headers : undefined;
    this[kState] = {
      url: parsed.href,
      origin: parsed.origin,
      readyState: CONNECTING,
      protocol: '',
      binaryType: 'blob',
      bufferedAmount: 0,
      socket: null,
      request: null,
      buffer: Buffer.alloc(0),
      fragments: null,     // the Buffers of a fragmented message
      fragmentOpcode: 0,
      fragmentCompressed: false,
      extensions: '',
      inflater: null,      // permessage-deflate accepted: a raw inflate stream, context kept
      inflating: false,    // frames wait while a message is being inflated
      closePending: false, // the transport closed while inflating
      sendQueue: [],       // sends waiting for a Blob to be read
      closeSent: false,
      closeReceived: false,
      closeCode: 1005,
      closeReason: '',
      failed: false,
      closed: false,
    };
    connect(this, parsed, list, extraHeaders);
  }

  get url() { return this[kState].url; }
  get readyState() { return this[kState].readyState; }
  get bufferedAmount() { return this[kState].bufferedAmount; }
  get extensions() { return this[kState].extensions; }
  get protocol() { return this[kState].protocol; }
  get binaryType() { return this[kState].binaryType; }
  set binaryType(type) {
    if (type === 'blob' || type === 'arraybuffer') this[kState].binaryType = type;
  }

  send(data) {
    if (arguments.length === 0) {
      throw new TypeError('WebSocket.send: 1 argument required, but 0 found.');
    }
    const state = this[kState];
    if (state.readyState === CONNECTING) {
      throw new DOMException('Sent before connected.', 'InvalidStateError');
    }
    if (!(typeof data === 'string' || data instanceof Blob || ArrayBuffer.isView(data) ||
          data instanceof ArrayBuffer || data instanceof SharedArrayBuffer)) {
      data = `${data}`;
    }
    const size = byteLengthOf(data);
    // Once closing, data only counts towards bufferedAmount.
    state.bufferedAmount += size;
    if (state.readyState !== OPEN) return;
    const entry = { data, size, payload: null, opcode: typeof data === 'string' ? OP_TEXT : OP_BINARY };
    if (typeof data === 'string') {
      entry.payload = Buffer.from(data);
    } else if (data instanceof Blob) {
      data.arrayBuffer().then((ab) => {
        entry.payload = Buffer.from(ab);
        flushSends(this);
      }, () => {
        entry.payload = Buffer.alloc(0);
        flushSends(this);
      });
    } else if (ArrayBuffer.isView(data)) {
      entry.payload = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    } else {
      entry.payload = Buffer.from(data);
    }
    state.sendQueue.push(entry);
    flushSends(this);
  }

  close(code = undefined, reason = undefined) {
    if (code !== undefined) {
      code = Number(code);
      if (!Number.isFinite(code)) code = 0;
      code = Math.trunc(code) & 0xffff;
      if (code !== 1000 && (code < 3000 || code > 4999)) {
        throw new DOMException('invalid code', 'InvalidAccessError');
      }
    }
    let reasonBytes = Buffer.alloc(0);
    if (reason !== undefined) {
      reasonBytes = Buffer.from(`${reason}`);
      if (reasonBytes.length > 123) {
        throw syntaxError(`Reason must be less than 123 bytes; received ${reasonBytes.length}`);
      }
    }
    const state = this[kState];
    if (state.readyState === CLOSING || state.readyState === CLOSED) return;
    if (state.readyState === CONNECTING) {
      fail(this, 'Connection was closed before it was established.');
      return;
    }
    state.readyState = CLOSING;
    let payload = reasonBytes;
    if (code !== undefined) {
      payload = Buffer.allocUnsafe(2 + reasonBytes.length);
      payload.writeUInt16BE(code, 0);
      reasonBytes.copy(payload, 2);
    }
    sendClose(this, payload);
  }
}

for (const [name, value] of [['CONNECTING', CONNECTING], ['OPEN', OPEN], ['CLOSING', CLOSING],
  ['CLOSED', CLOSED]]) {
  const desc = { value, enumerable: true, writable: false, configurable: false };
  Object.defineProperty(WebSocket, name, desc);
  Object.defineProperty(WebSocket.prototype, name, desc);
}
for (const name of ['url', 'readyState', 'bufferedAmount', 'extensions', 'protocol', 'binaryType',
  'send', 'close']) {
  Object.defineProperty(WebSocket.prototype, name, { enumerable: true });
}
for (const name of ['open', 'error', 'close', 'message']) defineEventHandler(WebSocket.prototype, name);
Object.defineProperty(WebSocket.prototype, Symbol.toStringTag, {
  value: 'WebSocket', configurable: true,
});

function connect(ws, url, protocols, extraHeaders) {
  const state = ws[kState];
  const secure = url.protocol === 'wss:';
  const key = require('crypto').randomBytes(16).toString('base64');
  const headers = {
    connection: 'upgrade',
    upgrade: 'websocket',
    'sec-websocket-key': key,
    'sec-websocket-version': '13',
  };
  if (protocols.length) headers['sec-websocket-protocol'] = protocols.join(', ');
  headers['sec-websocket-extensions'] = 'permessage-deflate; client_max_window_bits';
  Object.assign(headers, {
    accept: '*/*',
    'accept-language': '*',
    'sec-fetch-mode': 'websocket',
    'user-agent': 'node',
    pragma: 'no-cache',
    'cache-control': 'no-cache',
    'accept-encoding': 'gzip, deflate',
  });
  if (extraHeaders) {
    const entries = typeof extraHeaders.entries === 'function' && !Array.isArray(extraHeaders) ?
      extraHeaders.entries() : Array.isArray(extraHeaders) ? extraHeaders : Object.entries(extraHeaders);
    for (const [name, value] of entries) headers[`${name}`.toLowerCase()] = `${value}`;
  }
  const mod = require(secure ? 'https' : 'http');
  const req = mod.request({
    host: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    port: url.port || (secure ? 443 : 80),
    path: `${url.pathname}${url.search}`,
    method: 'GET',
    headers,
    agent: false,
    setHost: true,
  });
  state.request = req;
  req.on('upgrade', (res, socket, head) => {
    state.request = null;
    if (state.readyState !== CONNECTING) {
      socket.destroy();
      return;
    }
    const expected = require('crypto').createHash('sha1').update(key + kGuid).digest('base64');
    const protocol = res.headers['sec-websocket-protocol'];
    let problem;
    if (`${res.headers.upgrade}`.toLowerCase() !== 'websocket') {
      problem = 'Server did not set Upgrade header to "websocket".';
    } else if (!`${res.headers.connection}`.toLowerCase().split(/\s*,\s*/).includes('upgrade')) {
      problem = 'Server did not set Connection header to "upgrade".';
    } else if (res.headers['sec-websocket-accept'] !== expected) {
      problem = 'Incorrect hash received in Sec-WebSocket-Accept header.';
    } else if (!acceptExtensions(state, res.headers['sec-websocket-extensions'])) {
      problem = 'Received an extension that was not offered.';
    } else if (protocols.length && protocol === undefined) {
      problem = 'Server did not respond with sent protocols.';
    } else if (protocol !== undefined && !protocols.includes(protocol)) {
      problem = 'Protocol was not set in the opening handshake.';
    }
    state.socket = socket;
    attachSocket(ws, socket);
    if (problem) {
      fail(ws, problem);
      return;
    }
    state.protocol = protocol ?? '';
    state.readyState = OPEN;
    ws.dispatchEvent(new Event('open'));
    if (head && head.length) onData(ws, head);
  });
  req.on('response', (res) => {
    res.resume();
    state.request = null;
    fail(ws, 'Received network error or non-101 status code.');
    res.socket?.destroy();
  });
  req.on('error', () => {
    state.request = null;
    fail(ws, 'Received network error or non-101 status code.');
  });
  req.end();
}

// The server's Sec-WebSocket-Extensions answer: nothing, or permessage-deflate with its parameters.
function acceptExtensions(state, value) {
  if (value === undefined) return true;
  const offers = `${value}`.split(',');
  if (offers.length !== 1) return false;
  const [name, ...params] = offers[0].split(';').map((p) => p.trim());
  if (name !== 'permessage-deflate') return false;
  const known = ['server_no_context_takeover', 'client_no_context_takeover',
                 'server_max_window_bits', 'client_max_window_bits'];
  for (const param of params) {
    if (!known.includes(param.split('=')[0].trim())) return false;
  }
  state.extensions = `${value}`;
  const zlib = require('zlib');
  state.inflater = zlib.createInflateRaw({ windowBits: 15 });
  state.inflater.on('error', () => {});
  return true;
}

// Inflates one compressed message (the 00 00 ff ff tail RFC 7692 strips is put back).
function inflate(state, data, callback) {
  const inflater = state.inflater;
  const chunks = [];
  const onData = (chunk) => chunks.push(chunk);
  const onError = (err) => {
    inflater.removeListener('data', onData);
    callback(err);
  };
  inflater.on('data', onData);
  inflater.once('error', onError);
  inflater.write(data);
  inflater.write(Buffer.from([0x00, 0x00, 0xff, 0xff]));
  inflater.flush(require('zlib').constants.Z_SYNC_FLUSH, () => {
    inflater.removeListener('data', onData);
    inflater.removeListener('error', onError);
    callback(null, Buffer.concat(chunks));
  });
}

function attachSocket(ws, socket) {
  socket.setNoDelay(true);
  socket.on('data', (chunk) => onData(ws, chunk));
  socket.on('error', () => {});
  socket.on('close', () => onSocketClose(ws));
  socket.on('end', () => {
    // The server finished: our side ends too.
    if (!socket.destroyed) socket.end();
  });
}

// The connection failed: 'error', then the transport is dropped (no closing handshake, as node)
// and 'close' (1006) follows.
function fail(ws, message) {
  const state = ws[kState];
  if (state.failed || state.closed) return;
  state.failed = true;
  ws.dispatchEvent(new ErrorEvent('error', { message }));
  if (state.readyState !== CLOSED) state.readyState = CLOSING;
  if (state.request) {
    state.request.destroy();
    state.request = null;
  }
  if (state.socket) state.socket.destroy();
  else process.nextTick(finishClose, ws, 1006, '', false);
}

function onSocketClose(ws) {
  const state = ws[kState];
  if (state.inflating) {
    state.closePending = true;
    return;
  }
  if (state.inflater) state.inflater.close();
  const clean = state.closeSent && state.closeReceived && !state.failed;
  finishClose(ws, clean ? state.closeCode : 1006, clean ? state.closeReason : '', clean);
}

function finishClose(ws, code, reason, wasClean) {
  const state = ws[kState];
  if (state.closed) return;
  state.closed = true;
  state.readyState = CLOSED;
  ws.dispatchEvent(new CloseEvent('close', { wasClean, code, reason }));
}

function sendClose(ws, payload) {
  const state = ws[kState];
  if (state.closeSent || !state.socket) return;
  state.closeSent = true;
  // Queued messages (a Blob being read) go first.
  state.sendQueue.push({ opcode: OP_CLOSE, payload, size: 0 });
  flushSends(ws);
}

function flushSends(ws) {
  const state = ws[kState];
  const queue = state.sendQueue;
  while (queue.length && queue[0].payload !== null) {
    const entry = queue.shift();
    const socket = state.socket;
    if (!socket || socket.destroyed) continue;
    socket.write(encodeFrame(entry.opcode, entry.payload), () => {
      state.bufferedAmount -= entry.size;
    });
    if (entry.opcode === OP_CLOSE && state.closeReceived) socket.end();
  }
}

function onData(ws, chunk) {
  const state = ws[kState];
  state.buffer = state.buffer.length ? Buffer.concat([state.buffer, chunk]) : chunk;
  while (!state.failed && !state.closed && !state.inflating) {
    const buf = state.buffer;
    if (buf.length < 2) return;
    const fin = (buf[0] & 0x80) !== 0;
    const rsv = buf[0] & 0x70;
    const opcode = buf[0] & 0x0f;
    const masked = (buf[1] & 0x80) !== 0;
    let length = buf[1] & 0x7f;
    let offset = 2;
    if (length === 126) {
      if (buf.length < 4) return;
      length = buf.readUInt16BE(2);
      offset = 4;
    } else if (length === 127) {
      if (buf.length < 10) return;
      const high = buf.readUInt32BE(2);
      if (high > 0x1fffff) {
        fail(ws, 'Received payload length > 2^53 bytes.');
        return;
      }
      length = high * 2 ** 32 + buf.readUInt32BE(6);
      offset = 10;
    }
    if (masked) offset += 4;
    if (buf.length < offset + length) return;
    let payload = buf.subarray(offset, offset + length);
    if (masked) {
      const mask = buf.subarray(offset - 4, offset);
      payload = Buffer.from(payload);
      for (let i = 0; i < payload.length; i++) payload[i] ^= mask[i & 3];
    }
    state.buffer = buf.subarray(offset + length);
    if (masked) {
      fail(ws, 'Frame cannot be masked');
      return;
    }
    // RSV1 marks the first frame of a compressed message, once permessage-deflate is on.
    const compressed = rsv === 0x40 && state.inflater !== null &&
      (opcode === OP_TEXT || opcode === OP_BINARY);
    if (rsv !== 0 && !compressed) {
      fail(ws, 'RSV1, RSV2, RSV3 must be clear');
      return;
    }
    if (!onFrame(ws, fin, opcode, payload, compressed)) return;
  }
}

// Handles one frame; false when the connection failed.
function onFrame(ws, fin, opcode, payload, compressed) {
  const state = ws[kState];
  if (opcode >= 0x8) {
    if (!fin || payload.length > 125) {
      fail(ws, 'Control frame either too large or fragmented');
      return false;
    }
    if (opcode === OP_CLOSE) return onCloseFrame(ws, payload);
    if (opcode === OP_PING) {
      if (!state.closeSent && state.socket) state.socket.write(encodeFrame(OP_PONG, payload));
      return true;
    }
    if (opcode === OP_PONG) return true;
    fail(ws, 'Invalid opcode received');
    return false;
  }
  if (opcode === OP_CONTINUATION) {
    if (state.fragments === null) {
      fail(ws, 'Unexpected continuation frame');
      return false;
    }
    state.fragments.push(payload);
  } else if (opcode === OP_TEXT || opcode === OP_BINARY) {
    if (state.fragments !== null) {
      fail(ws, 'Expected continuation frame');
      return false;
    }
    state.fragments = [payload];
    state.fragmentOpcode = opcode;
    state.fragmentCompressed = compressed;
  } else {
    fail(ws, 'Invalid opcode received');
    return false;
  }
  if (!fin) return true;
  const data = state.fragments.length === 1 ? state.fragments[0] : Buffer.concat(state.fragments);
  const type = state.fragmentOpcode;
  state.fragments = null;
  if (state.fragmentCompressed) {
    // Later frames wait until the message is inflated, so messages stay in order.
    state.inflating = true;
    inflate(state, data, (err, inflated) => {
      state.inflating = false;
      if (err) {
        fail(ws, 'Received invalid compressed data.');
      } else if (deliver(ws, type, inflated)) {
        onData(ws, Buffer.alloc(0));
      }
      if (state.closePending) onSocketClose(ws);
    });
    return false;
  }
  return deliver(ws, type, data);
}

// A complete message: its MessageEvent; false when the connection failed.
function deliver(ws, type, data) {
  const state = ws[kState];
  if (state.readyState !== OPEN) return true;  // closing: messages are dropped
  let value;
  if (type === OP_TEXT) {
    try {
      value = new TextDecoder('utf-8', { fatal: true }).decode(data);
    } catch {
      fail(ws, 'Received invalid UTF-8 in text frame.');
      return false;
    }
  } else if (state.binaryType === 'arraybuffer') {
    value = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
  } else {
    value = new Blob([data]);
  }
  ws.dispatchEvent(new MessageEvent('message', { data: value, origin: state.origin }));
  return true;
}

function onCloseFrame(ws, payload) {
  const state = ws[kState];
  if (payload.length === 1) {
    fail(ws, 'Received close frame with a 1-byte body.');
    return false;
  }
  let code = 1005;
  let reason = '';
  if (payload.length >= 2) {
    code = payload.readUInt16BE(0);
    try {
      reason = new TextDecoder('utf-8', { fatal: true }).decode(payload.subarray(2));
    } catch {
      fail(ws, 'Invalid UTF-8 in close reason');
      return false;
    }
  }
  state.closeReceived = true;
  state.closeCode = code;
  state.closeReason = reason;
  if (state.readyState === OPEN) state.readyState = CLOSING;
  if (!state.closeSent) {
    // Echo the code back, then end our side once it is written.
    sendClose(ws, payload.length >= 2 ? payload.subarray(0, 2) : Buffer.alloc(0));
  } else if (state.socket) {
    state.socket.end();
  }
  return true;
}

module.exports = {
  CloseEvent,
  WebSocket,
};
