'use strict';
// The ChildProcess class over internalBinding('process_wrap'), stdio set-up, the IPC channel
// (lib/internal/child_process/ipc.js) and spawnSync over internalBinding('spawn_sync').

const EventEmitter = require('events');
const {
  ErrnoException,
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_SYNC_FORK_INPUT,
    ERR_IPC_ONE_PIPE,
    ERR_IPC_SYNC_FORK,
    ERR_UNKNOWN_SIGNAL,
  },
} = require('internal/errors');
const {
  validateArray,
  validateObject,
  validateOneOf,
  validateString,
} = require('internal/validators');

const { signals } = internalBinding('constants').os;

let signalNames;
function signalName(signum) {
  if (signalNames === undefined) {
    signalNames = { __proto__: null };
    for (const name of Object.keys(signals)) {
      if (signalNames[signals[name]] === undefined) signalNames[signals[name]] = name;
    }
  }
  return signalNames[signum] || null;
}

// A signal name or number -> its number (SIGTERM when undefined).
function convertToValidSignal(signal) {
  if (typeof signal === 'number' && signalName(signal) !== null) return signal;
  if (typeof signal === 'string') {
    const signum = signals[signal.toUpperCase()];
    if (signum) return signum;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

// Error codes uv_spawn reports for a child that could not be started: reported with an 'error'
// event (spawn() returns normally); anything else throws.
const UV_EACCES = -13;
const UV_EAGAIN = -11;
const UV_EMFILE = -24;
const UV_ENFILE = -23;
const UV_ENOENT = -2;
const UV_ENOSYS = -38;

let pipeWrap;
function lazyPipe() {
  pipeWrap ??= internalBinding('pipe_wrap');
  return pipeWrap;
}

let net;
function lazyNet() {
  net ??= require('net');
  return net;
}

function isHandleWrap(handle) {
  if (handle == null || typeof handle !== 'object') return null;
  const pw = lazyPipe();
  if (handle instanceof pw.Pipe) return 'pipe';
  let tcp;
  try { tcp = internalBinding('tcp_wrap'); } catch { tcp = undefined; }
  if (tcp !== undefined && handle instanceof tcp.TCP) return 'tcp';
  let tty;
  try { tty = internalBinding('tty_wrap'); } catch { tty = undefined; }
  if (tty !== undefined && tty.TTY && handle instanceof tty.TTY) return 'tty';
  let udp;
  try { udp = internalBinding('udp_wrap'); } catch { udp = undefined; }
  if (udp !== undefined && handle instanceof udp.UDP) return 'udp';
  return null;
}

// stdio option -> [{ type: 'pipe'|'ignore'|'inherit'|'fd'|'wrap', ... }], the IPC pipe and its fd.
function getValidStdio(stdio, sync) {
  let ipc;
  let ipcFd;
  if (typeof stdio === 'string') {
    switch (stdio) {
      case 'ignore':
      case 'pipe':
      case 'overlapped':
      case 'inherit':
        stdio = [stdio, stdio, stdio];
        break;
      default:
        throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  stdio = stdio.slice();
  while (stdio.length < 3) stdio.push(undefined);

  const result = [];
  const cleanup = () => {
    for (const s of result) {
      if (s.type === 'pipe' && s.handle) s.handle.close();
    }
  };
  for (let i = 0; i < stdio.length; i++) {
    let s = stdio[i];
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ignore') {
      result.push({ type: 'ignore' });
    } else if (s === 'pipe' || s === 'overlapped' || (typeof s === 'number' && s < 0)) {
      const entry = { type: s === 'overlapped' ? 'overlapped' : 'pipe', readable: i === 0,
                      writable: i !== 0 };
      if (!sync) {
        const { Pipe, constants } = lazyPipe();
        entry.handle = new Pipe(constants.SOCKET);
      }
      result.push(entry);
    } else if (s === 'ipc') {
      if (sync || ipc !== undefined) {
        cleanup();
        if (!sync) throw new ERR_IPC_ONE_PIPE();
        throw new ERR_IPC_SYNC_FORK();
      }
      const { Pipe, constants } = lazyPipe();
      ipc = new Pipe(constants.IPC);
      ipcFd = i;
      result.push({ type: 'pipe', handle: ipc, ipc: true });
    } else if (s === 'inherit') {
      result.push({ type: 'inherit', fd: i });
    } else if (typeof s === 'number' || (s !== null && typeof s === 'object' &&
                                           typeof s.fd === 'number')) {
      result.push({ type: 'fd', fd: typeof s === 'number' ? s : s.fd });
    } else if (!sync && s !== null && typeof s === 'object' &&
               (isHandleWrap(s) || isHandleWrap(s.handle) || isHandleWrap(s._handle))) {
      const handle = isHandleWrap(s) ? s : (isHandleWrap(s.handle) ? s.handle : s._handle);
      result.push({ type: 'wrap', wrapType: isHandleWrap(handle), handle, _stdio: s });
    } else if (ArrayBuffer.isView(s) || typeof s === 'string') {
      if (!sync) {
        cleanup();
        throw new ERR_INVALID_SYNC_FORK_INPUT(require('internal/util/inspect').inspect(s));
      }
      result.push({ type: 'pipe', readable: i === 0, writable: i !== 0, input: s });
    } else {
      cleanup();
      throw new ERR_INVALID_ARG_VALUE('stdio', s);
    }
  }
  return { stdio: result, ipc, ipcFd };
}

function createSocket(pipe, readable) {
  return lazyNet().Socket({ handle: pipe, readable, writable: !readable });
}

function flushStdio(subprocess) {
  const stdio = subprocess.stdio;
  if (stdio == null) return;
  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (!stream || !stream.readable || stream._readableState === undefined) continue;
    if (!stream._readableState.flowing) stream.resume();
  }
}

function maybeClose(subprocess) {
  subprocess._closesGot++;
  if (subprocess._closesGot === subprocess._closesNeeded) {
    subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
  }
}

function onErrorNT(self, err) {
  self._handle.onexit(err);
}

function onSpawnNT(self) {
  self.emit('spawn');
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    const { Process } = internalBinding('process_wrap');
    this._handle = new Process();
    this._handle[require('internal/stream_base_commons').owner_symbol] = this;
    this._handle.onexit = (exitCode, signalCode) => {
      if (signalCode) {
        this.signalCode = signalName(signalCode) || signalCode;
      } else {
        this.exitCode = exitCode;
      }
      if (this.stdin) this.stdin.destroy();
      if (this._handle) this._handle.close();
      this._handle = null;
      if (exitCode < 0) {
        const syscall = this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn';
        const err = new ErrnoException(exitCode, syscall);
        if (this.spawnfile) err.path = this.spawnfile;
        err.spawnargs = this.spawnargs.slice(1);
        this.emit('error', err);
      } else {
        this.emit('exit', this.exitCode, this.signalCode);
      }
      // Data still buffered in the stdio streams is drained before 'close'.
      process.nextTick(flushStdio, this);
      maybeClose(this);
    };
    const dc = require('diagnostics_channel');
    if (dc.hasSubscribers('child_process')) dc.channel('child_process').publish({ process: this });
  }

  spawn(options) {
    validateObject(options, 'options');
    let i = 0;
    const stdioOption = options.stdio || 'pipe';
    const { stdio, ipc, ipcFd } = getValidStdio(stdioOption, false);
    validateOneOf(options.serialization, 'options.serialization',
                  [undefined, 'json', 'advanced']);
    const serialization = options.serialization || 'json';
    if (ipc !== undefined) {
      if (options.envPairs === undefined) options.envPairs = [];
      else validateArray(options.envPairs, 'options.envPairs');
      options.envPairs.push(`NODE_CHANNEL_FD=${ipcFd}`);
      options.envPairs.push(`NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`);
    }
    validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    if (options.args === undefined) {
      this.spawnargs = [];
    } else {
      validateArray(options.args, 'options.args');
      this.spawnargs = options.args;
    }
    options.stdio = stdio;
    const err = this._handle.spawn(options);
    if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE || err === UV_ENFILE ||
        err === UV_ENOENT) {
      process.nextTick(onErrorNT, this, err);
      if (err === UV_EMFILE || err === UV_ENFILE) return err;
    } else if (err) {
      for (i = 0; i < stdio.length; i++) {
        const s = stdio[i];
        if (s.type === 'pipe' && s.handle) s.handle.close();
      }
      this._handle.close();
      this._handle = null;
      throw new ErrnoException(err, 'spawn');
    } else {
      process.nextTick(onSpawnNT, this);
    }
    this.pid = this._handle.pid;

    for (i = 0; i < stdio.length; i++) {
      const stream = stdio[i];
      if (stream.type === 'ignore') continue;
      if (stream.ipc) {
        this._closesNeeded++;
        continue;
      }
      if (stream.type === 'wrap') {
        stream.handle.reading = false;
        if (typeof stream.handle.readStop === 'function') stream.handle.readStop();
        if (stream._stdio && typeof stream._stdio.pause === 'function') stream._stdio.pause();
        if (stream._stdio && stream._stdio._readableState) {
          stream._stdio._readableState.reading = false;
        }
        continue;
      }
      if (stream.handle) {
        stream.socket = createSocket(stream.handle, i > 0);
        if (i > 0) {
          this._closesNeeded++;
          stream.socket.on('close', () => maybeClose(this));
        }
      }
    }
    this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ? stdio[0].socket : null;
    this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ? stdio[1].socket : null;
    this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ? stdio[2].socket : null;
    this.stdio = stdio.map((s) => (s.socket === undefined ? null : s.socket));
    if (ipc !== undefined) {
      require('internal/child_process/ipc').setupChannel(this, ipc, serialization);
    }
    return err;
  }

  kill(sig) {
    const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle) {
      const err = this._handle.kill(signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err === -3 /* UV_ESRCH */) {
        // Already gone: the exit is on its way.
      } else if (err === -22 /* UV_EINVAL */ || err === UV_ENOSYS) {
        throw new ErrnoException(err, 'kill');
      } else {
        this.emit('error', new ErrnoException(err, 'kill'));
      }
    }
    return false;
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }

  ref() {
    if (this._handle) this._handle.ref();
  }

  unref() {
    if (this._handle) this._handle.unref();
  }
}

// spawnSync over the private-loop binding; options are normalised by lib/child_process.js.
function spawnSync(options) {
  const result = internalBinding('spawn_sync').spawn(options);
  if (result.signal !== null && result.signal !== undefined) {
    result.signal = signalName(result.signal);
  }
  if (result.output) {
    const { Buffer } = require('buffer');
    for (let i = 0; i < result.output.length; i++) {
      const out = result.output[i];
      if (!out) continue;
      const buf = Buffer.from(out.buffer, out.byteOffset, out.byteLength);
      result.output[i] = options.encoding && options.encoding !== 'buffer' ?
        buf.toString(options.encoding) : buf;
    }
  }
  result.stdout = result.output ? result.output[1] : undefined;
  result.stderr = result.output ? result.output[2] : undefined;
  if (result.error) {
    const err = new ErrnoException(result.error, `spawnSync ${options.file}`);
    err.path = options.file;
    err.spawnargs = options.args.slice(1);
    result.error = err;
  }
  return result;
}

module.exports = {
  ChildProcess,
  convertToValidSignal,
  getValidStdio,
  maybeClose,
  signalName,
  spawnSync,
};
