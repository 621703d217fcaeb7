'use strict';
// JSStreamSocket: a net.Socket over any Duplex stream (node's internal/js_stream_socket; packages
// reach it as `new tls.TLSSocket(duplex)._handle._parentWrap.constructor`, http2-wrapper does).
// Its handle speaks the stream-handle protocol net.Socket uses (readStart/readStop, write*,
// shutdown, close) and forwards to the stream.

const net = require('net');
const { Buffer } = require('buffer');
const {
  streamBaseState, kReadBytesOrError, kArrayBufferOffset, kBytesWritten, kLastWriteWasAsync,
} = internalBinding('stream_wrap');
const { UV_EOF, UV_ENOTCONN, UV_EPIPE } = internalBinding('uv');

const kStream = Symbol('kStream');

// What JS handles share (this one and the TLS handle): reads go to onread as a native handle's
// do, and every form of write becomes one Buffer handed to writeData(req, buffer).
class JSHandle {
  deliver(buf) {
    if (this.onread === null || this.closed) return;
    streamBaseState[kReadBytesOrError] = buf.length;
    streamBaseState[kArrayBufferOffset] = buf.byteOffset;
    this.onread(buf.buffer);
  }

  deliverEOF() {
    if (this.eofSent || this.onread === null || this.closed) return;
    this.eofSent = true;
    streamBaseState[kReadBytesOrError] = UV_EOF;
    this.onread(undefined);
  }

  writeBuffer(req, data) { return this.writeData(req, Buffer.from(data.buffer, data.byteOffset, data.byteLength)); }
  writeUtf8String(req, s) { return this.writeData(req, Buffer.from(s, 'utf8')); }
  writeAsciiString(req, s) { return this.writeData(req, Buffer.from(s, 'ascii')); }
  writeLatin1String(req, s) { return this.writeData(req, Buffer.from(s, 'latin1')); }
  writeUcs2String(req, s) { return this.writeData(req, Buffer.from(s, 'ucs2')); }

  // writev's chunks (buffers, or chunk/encoding pairs) as one write.
  writev(req, chunks, allBuffers) {
    const bufs = [];
    if (allBuffers) {
      for (const c of chunks) bufs.push(c);
    } else {
      for (let i = 0; i < chunks.length; i += 2) {
        const c = chunks[i];
        bufs.push(typeof c === 'string' ? Buffer.from(c, chunks[i + 1]) : c);
      }
    }
    return this.writeData(req, Buffer.concat(bufs));
  }
}

class JSStreamHandle extends JSHandle {
  constructor(stream) {
    super();
    this[kStream] = stream;
    this.reading = false;
    this.onread = null;
    this.closed = false;
    this.eofSent = false;
    this.bytesRead = 0;
    this.bytesWritten = 0;
    stream.on('data', (chunk) => this.deliver(typeof chunk === 'string' ? Buffer.from(chunk) : chunk));
    stream.on('end', () => this.deliverEOF());
    stream.on('error', () => this.deliverEOF());
    stream.pause();
  }

  get fd() { return -1; }
  get writeQueueSize() { return 0; }

  deliver(buf) {
    if (this.onread === null || this.closed) return;
    this.bytesRead += buf.length;
    if (!this.reading) this[kStream].pause();
    super.deliver(buf);
  }

  readStart() {
    this.reading = true;
    this[kStream].resume();
    return 0;
  }

  readStop() {
    this.reading = false;
    this[kStream].pause();
    return 0;
  }

  writeData(req, data) {
    const stream = this[kStream];
    this.bytesWritten += data.length;
    if (stream.destroyed || stream.writableEnded) {
      process.nextTick(() => req.oncomplete(UV_EPIPE, this));
    } else {
      stream.write(data, (err) => {
        if (typeof req.oncomplete === 'function') req.oncomplete(err ? UV_EPIPE : 0, this, err);
      });
    }
    streamBaseState[kBytesWritten] = data.length;
    streamBaseState[kLastWriteWasAsync] = 1;
    return 0;
  }

  shutdown(req) {
    this[kStream].end(() => {
      if (typeof req.oncomplete === 'function') req.oncomplete(0);
    });
    return 0;
  }

  close(cb) {
    if (this.closed) return;
    this.closed = true;
    const stream = this[kStream];
    if (!stream.destroyed) stream.destroy();
    if (typeof cb === 'function') setImmediate(cb);
  }

  getpeername() { return UV_ENOTCONN; }
  getsockname() { return UV_ENOTCONN; }
  setNoDelay() { return 0; }
  setKeepAlive() { return 0; }
  ref() {}
  unref() {}
  hasRef() { return true; }
  reset(cb) { this.close(cb); return 0; }
  getAsyncId() { return -1; }
  useUserBuffer() {}
}

class JSStreamSocket extends net.Socket {
  constructor(stream) {
    super({ handle: new JSStreamHandle(stream), manualStart: true });
    this.stream = stream;
  }
}

module.exports = { JSStreamSocket, JSHandle };
