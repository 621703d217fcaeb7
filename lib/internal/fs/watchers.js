'use strict';
// fs.watch (FSWatcher over uv_fs_event, recursion emulated on Linux as node does),
// fs.promises.watch (an async iterator over the same watcher) and fs.watchFile/unwatchFile
// (StatWatcher over uv_fs_poll).

const EventEmitter = require('events');
const path = require('path');
const { Buffer } = require('buffer');
const {
  AbortError, UVException,
  codes: { ERR_INVALID_ARG_VALUE, ERR_FS_WATCH_QUEUE_OVERFLOW },
} = require('internal/errors');
const {
  validateAbortSignal, validateBoolean, validateFunction, validateObject, validateUint32,
  validateOneOf, validateInteger,
} = require('internal/validators');
const { toPath, getStatsFromBinding } = require('internal/fs/utils');

const { owner_symbol: kOwner } = require('internal/stream_base_commons');
const kOldStatus = Symbol('kOldStatus');
const kUseBigint = Symbol('kUseBigint');
const kRefCount = Symbol('KFSStatWatcherRefCount');
const kMaxRefCount = Symbol('KFSStatWatcherMaxRefCount');
const kRecursive = Symbol('kRecursive');
const kFilename = Symbol('kFilename');
const kEncoding = Symbol('kEncoding');

function validateEncoding(encoding) {
  if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

function encodeName(name, encoding) {
  if (name === undefined) return null;
  if (encoding === 'buffer') return Buffer.from(name);
  if (encoding === 'utf8' || encoding === 'utf-8') return name;
  return Buffer.from(name).toString(encoding);
}

// ---- FSWatcher ------------------------------------------------------------------------------

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    const { FSEvent } = internalBinding('fs_event_wrap');
    this._handle = new FSEvent();
    this._handle[kOwner] = this;
    this._handle.onchange = (status, eventType, filename) => {
      if (status < 0) {
        if (this._handle !== null) {
          // The handle is gone after an error.
          this._handle.close();
          this._handle = null;
        }
        const error = UVException({ errno: status, syscall: 'watch', path: this[kFilename] });
        error.filename = this[kFilename];
        this.emit('error', error);
      } else {
        this.emit('change', eventType, encodeName(filename, this[kEncoding]));
      }
    };
  }

  // Internal: start watching `filename` (node's FSWatcher.prototype[kFSWatchStart]).
  _start(filename, persistent, recursive, encoding) {
    if (this._handle === null) return;
    if (this._handle.initialized) throw new Error('watcher already started');
    filename = toPath(filename, 'filename');
    validateEncoding(encoding);
    this[kFilename] = filename;
    this[kEncoding] = encoding;
    const err = this._handle.start(path.toNamespacedPath(`${filename}`), persistent, recursive);
    if (err) {
      const error = UVException({ errno: err, syscall: 'watch', path: filename });
      error.filename = filename;
      throw error;
    }
  }

  close() {
    if (this._handle === null) return;
    this._handle.close();
    this._handle = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (this._handle !== null) this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle !== null) this._handle.unref();
    return this;
  }
}

// Recursive watching on Linux: one FSWatcher per directory below the root, names reported
// relative to the root; new directories are picked up from 'rename' events.
class RecursiveWatcher extends EventEmitter {
  constructor(options) {
    super();
    this._options = options;
    this._watchers = new Map();
    this._closed = false;
    this._root = undefined;
  }

  _start(filename) {
    const fs = require('fs');
    this._root = `${toPath(filename)}`;
    let st;
    try {
      st = fs.statSync(this._root);
    } catch (err) {
      err.filename = this._root;
      throw err;
    }
    if (!st.isDirectory()) {
      this._watch(this._root, true);
      return;
    }
    this._watchTree(this._root, true);
  }

  _watchTree(dir, throwErrors) {
    const fs = require('fs');
    if (this._closed || this._watchers.has(dir)) return;
    this._watch(dir, throwErrors);
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const ent of entries) {
      if (ent.isDirectory()) this._watchTree(path.join(dir, ent.name), false);
    }
  }

  _watch(dir, throwErrors) {
    const { persistent, encoding } = this._options;
    const watcher = new FSWatcher();
    try {
      watcher._start(dir, persistent, false, 'utf8');
    } catch (err) {
      if (throwErrors) throw err;
      return;
    }
    this._watchers.set(dir, watcher);
    watcher.on('change', (eventType, name) => {
      if (this._closed) return;
      const full = name == null ? dir : path.join(dir, name);
      const rel = path.relative(this._root, full) || path.basename(full);
      if (eventType === 'rename') this._rescan(full);
      this.emit('change', eventType, encodeName(rel, encoding));
    });
    watcher.on('error', (err) => {
      this._watchers.delete(dir);
      if (dir === this._root) this.emit('error', err);
    });
  }

  _rescan(full) {
    const fs = require('fs');
    let st;
    try {
      st = fs.statSync(full);
    } catch {
      // Removed: drop the watchers of the directory and below.
      for (const [dir, watcher] of this._watchers) {
        if (dir !== this._root && (dir === full || dir.startsWith(full + path.sep))) {
          watcher.close();
          this._watchers.delete(dir);
        }
      }
      return;
    }
    if (st.isDirectory()) this._watchTree(full, false);
  }

  close() {
    if (this._closed) return;
    this._closed = true;
    for (const watcher of this._watchers.values()) watcher.close();
    this._watchers.clear();
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    for (const watcher of this._watchers.values()) watcher.ref();
    return this;
  }

  unref() {
    for (const watcher of this._watchers.values()) watcher.unref();
    return this;
  }
}

function readWatchOptions(options) {
  if (typeof options === 'string') options = { encoding: options };
  if (options == null) options = {};
  validateObject(options, 'options');
  const { persistent = true, recursive = false, encoding = 'utf8', signal } = options;
  validateBoolean(recursive, 'options.recursive');
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  validateEncoding(encoding);
  return { persistent, recursive, encoding, signal };
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  const opts = readWatchOptions(options);
  filename = toPath(filename);
  let watcher;
  if (opts.recursive && process.platform === 'linux') {
    watcher = new RecursiveWatcher(opts);
    watcher._start(filename);
  } else {
    watcher = new FSWatcher();
    watcher._start(filename, opts.persistent, opts.recursive, opts.encoding);
  }
  if (listener) watcher.addListener('change', listener);
  if (opts.signal) {
    if (opts.signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      opts.signal.addEventListener('abort', onAbort, { once: true });
      watcher.once('close', () => opts.signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

// fs.promises.watch: yields { eventType, filename }; maxQueue bounds the unread events
// (overflow 'ignore' drops, 'throw' fails the iterator).
async function* watchPromise(filename, options = {}) {
  if (typeof options === 'string') options = { encoding: options };
  validateObject(options, 'options');
  const { maxQueue = 2048, overflow = 'ignore', signal } = options;
  validateInteger(maxQueue, 'options.maxQueue');
  validateOneOf(overflow, 'options.overflow', ['ignore', 'error']);
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
  const { encoding = 'utf8' } = options;
  if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    // node 22 passes these two the other way round here
    throw new ERR_INVALID_ARG_VALUE(encoding, 'encoding', 'is invalid encoding');
  }
  const opts = readWatchOptions({ ...options, signal: undefined });
  const watcher = opts.recursive && process.platform === 'linux' ?
    new RecursiveWatcher(opts) : new FSWatcher();
  const queue = [];
  let pending = null;
  let failure = null;
  const wake = () => {
    if (pending !== null) {
      const p = pending;
      pending = null;
      p();
    }
  };
  watcher.on('change', (eventType, name) => {
    if (queue.length >= maxQueue) {
      if (overflow === 'error') {
        failure = new ERR_FS_WATCH_QUEUE_OVERFLOW(maxQueue);
        wake();
      }
      return;
    }
    queue.push({ __proto__: null, eventType, filename: name });
    wake();
  });
  watcher.on('error', (err) => {
    failure = err;
    wake();
  });
  let onAbort;
  if (signal) {
    onAbort = () => {
      failure = new AbortError(undefined, { cause: signal.reason });
      wake();
    };
    signal.addEventListener('abort', onAbort, { once: true });
  }
  if (watcher instanceof RecursiveWatcher) watcher._start(filename);
  else watcher._start(filename, opts.persistent, false, opts.encoding);
  try {
    for (;;) {
      while (queue.length > 0) yield queue.shift();
      if (failure !== null) throw failure;
      await new Promise((resolve) => { pending = resolve; });
    }
  } finally {
    if (signal) signal.removeEventListener('abort', onAbort);
    watcher.close();
  }
}

// ---- StatWatcher (watchFile) ----------------------------------------------------------------

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._handle = null;
    this[kOldStatus] = -1;
    this[kUseBigint] = bigint;
    this[kRefCount] = 1;
    this[kMaxRefCount] = 1;
  }

  // Internal: start polling (node's StatWatcher.prototype[kFSStatWatcherStart]).
  _start(filename, persistent, interval) {
    if (this._handle !== null) return;
    const { StatWatcher: Handle } = internalBinding('fs');
    this._handle = new Handle(!!this[kUseBigint]);
    this._handle[kOwner] = this;
    this._handle.onchange = (status, curr, prev) => {
      if (this[kOldStatus] === -1 && status === -1 && curr[2] === prev[2]) return;
      this[kOldStatus] = status;
      this.emit('change', getStatsFromBinding(curr), getStatsFromBinding(prev));
    };
    if (!persistent) this._handle.unref();
    validateUint32(interval, 'interval');
    const err = this._handle.start(path.toNamespacedPath(`${filename}`), interval);
    if (err) {
      const error = UVException({ errno: err, syscall: 'watch', path: filename });
      error.filename = filename;
      throw error;
    }
  }

  stop() {
    if (this._handle === null) return;
    this._handle.close();
    this._handle = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    if (++this[kRefCount] > this[kMaxRefCount]) this[kMaxRefCount] = this[kRefCount];
    if (this._handle !== null && this[kRefCount] > 0) this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle !== null && --this[kRefCount] === 0) this._handle.unref();
    return this;
  }
}

const statWatchers = new Map();

function watchFile(filename, options, listener) {
  filename = toPath(filename);
  filename = path.resolve(`${filename}`);
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let stat = statWatchers.get(filename);
  if (stat === undefined) {
    stat = new StatWatcher(options.bigint);
    stat._start(filename, options.persistent, options.interval);
    statWatchers.set(filename, stat);
  } else {
    stat[kMaxRefCount]++;
    stat[kRefCount]++;
  }
  stat.addListener('change', listener);
  return stat;
}

function unwatchFile(filename, listener) {
  filename = toPath(filename);
  filename = path.resolve(`${filename}`);
  const stat = statWatchers.get(filename);
  if (stat === undefined) return;
  if (typeof listener === 'function') {
    const before = stat.listenerCount('change');
    stat.removeListener('change', listener);
    if (stat.listenerCount('change') < before) {
      stat[kMaxRefCount]--;
      stat.unref();
    }
  } else {
    stat.removeAllListeners('change');
    stat[kMaxRefCount] = 0;
    stat[kRefCount] = 0;
    if (stat._handle !== null) stat._handle.unref();
  }
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(filename);
  }
}

module.exports = { FSWatcher, StatWatcher, watch, watchPromise, watchFile, unwatchFile, kRecursive };
