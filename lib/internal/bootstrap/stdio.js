'use strict';
// process.stdout / process.stderr / process.stdin as node builds them on Linux: tty.WriteStream /
// tty.ReadStream on a terminal, net.Socket over a Pipe for pipes and sockets, a SyncWriteStream
// (stdout/stderr) or fs.ReadStream (stdin) for files. Writes to terminals and pipes are
// synchronous (the handle is made blocking), as node's are.
// This module is loaded lazily (the process.stdout getter), never while the startup snapshot
// is built: it reads per-process state (the fds).

const { guessHandleType } = internalBinding('util');

function createWritableStdioStream(fd) {
  let stream;
  switch (guessHandleType(fd)) {
    case 'TTY': {
      const tty = require('tty');
      stream = new tty.WriteStream(fd);
      stream._type = 'tty';
      break;
    }
    case 'FILE': {
      const SyncWriteStream = require('internal/fs/sync_write_stream');
      stream = new SyncWriteStream(fd, { autoClose: false });
      stream._type = 'fs';
      break;
    }
    case 'PIPE':
    case 'TCP': {
      const net = require('net');
      stream = new net.Socket({ fd, readable: false, writable: true });
      stream._handle?.setBlocking(true);
      stream._type = 'pipe';
      break;
    }
    default: {
      // Nowhere to write: a black hole.
      const Writable = require('internal/streams/writable');
      stream = new Writable({ write(buf, enc, cb) { cb(); } });
    }
  }
  // The legacy API has the fd here.
  stream.fd = fd;
  stream._isStdio = true;
  return stream;
}

// stdout and stderr are never really destroyed; 'close' is still emitted once.
function dummyDestroy(err, cb) {
  cb(err);
  this._undestroy();
  if (!this._writableState.emitClose) {
    process.nextTick(() => {
      this.emit('close');
    });
  }
}

function setupStdioWriter(stream) {
  stream.destroySoon = stream.destroy;
  stream._destroy = dummyDestroy;
  if (stream.isTTY) {
    process.on('SIGWINCH', () => stream._refreshSize());
  }
  return stream;
}

function createStdin() {
  const fd = 0;
  let stdin;
  switch (guessHandleType(fd)) {
    case 'TTY': {
      const tty = require('tty');
      stdin = new tty.ReadStream(fd);
      break;
    }
    case 'FILE': {
      const fs = require('fs');
      stdin = new fs.ReadStream(null, { fd, autoClose: false });
      break;
    }
    case 'PIPE':
    case 'TCP': {
      const net = require('net');
      stdin = new net.Socket({
        fd,
        readable: true,
        writable: false,
        manualStart: true,
      });
      // stdin cannot be end()ed.
      stdin._writableState.ended = true;
      break;
    }
    default: {
      // Nothing to read.
      const Readable = require('internal/streams/readable');
      stdin = new Readable({ read() {} });
      stdin.push(null);
    }
  }

  stdin.fd = fd;

  // stdin starts paused: make sure the handle is not reading either.
  if (stdin._handle && stdin._handle.readStop) {
    stdin._handle.reading = false;
    stdin._readableState.reading = false;
    stdin._handle.readStop();
  }

  // After pause() (applied by the stream one tick later), stop reading so the process can exit.
  stdin.on('pause', () => {
    process.nextTick(onpause);
  });
  function onpause() {
    if (!stdin._handle) return;
    if (stdin._handle.reading && !stdin.readableFlowing) {
      stdin._readableState.reading = false;
      stdin._handle.reading = false;
      stdin._handle.readStop();
    }
  }
  return stdin;
}

let stdout;
let stderr;
let stdin;

module.exports = {
  getStdout() {
    stdout ??= setupStdioWriter(createWritableStdioStream(1));
    return stdout;
  },
  getStderr() {
    stderr ??= setupStdioWriter(createWritableStdioStream(2));
    return stderr;
  },
  getStdin() {
    stdin ??= createStdin();
    return stdin;
  },
};
