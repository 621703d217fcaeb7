'use strict';
// fs.Dir (opendir) over the binding's DirHandle: entries come in batches of bufferSize in the
// directory's own order, as node's do. One asynchronous operation at a time: later async calls
// wait for it, sync calls throw ERR_DIR_CONCURRENT_OPERATION.
//
// recursive: a directory handed out is opened (synchronously) and queued. Each read takes one
// batch from the first queued handle, which goes to the back of the queue while it has more (a
// finished one is closed), until a batch brings entries; only with the queue empty is the
// directory itself read. So entries of subdirectories interleave as in node.

const pathModule = require('path');
const binding = internalBinding('fs');
const {
  codes: { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const { uvError, check, getOptions } = require('internal/fs/utils');
const { readdirResult } = require('internal/fs/readdir');

const { DirHandle, FSReqCallback } = binding;

// A handle's request: synchronous (the value, or throws) or on the threadpool (callback(err, value)).
function handleCall(handle, method, args, syscall, path, callback) {
  if (callback === undefined) return check(handle[method](...args), syscall, path);
  const req = new FSReqCallback();
  req.oncomplete = (err, value) => callback(err < 0 ? uvError(err, syscall, path) : null, value);
  const r = handle[method](...args, req);
  if (typeof r === 'number' && r < 0) process.nextTick(callback, uvError(r, syscall, path));
}

function openHandle(path, callback) {
  return handleCall(new DirHandle(), 'open', [path], 'opendir', callback ? path : undefined, callback);
}

class Dir {
  #handle;
  #path;
  #options;
  #buffered = [];
  #subdirs = [];          // recursive: { handle, path } of directories handed out, to read
  #closed = false;
  #operationQueue = null; // while an async operation runs: the ones waiting for it

  constructor(handle, path, options) {
    if (handle == null) throw new ERR_MISSING_ARGS('handle');
    this.#handle = handle;
    this.#path = path;
    this.#options = { bufferSize: 32, ...getOptions(options, { encoding: 'utf8' }) };
    validateUint32(this.#options.bufferSize, 'options.bufferSize', true);
  }

  get path() { return this.#path; }

  #take(path, value) {
    const ents = readdirResult(path, { withFileTypes: true, encoding: this.#options.encoding }, value);
    for (const ent of ents) this.#buffered.push(ent);
  }

  #readSubdirs() {
    while (this.#subdirs.length > 0) {
      const sub = this.#subdirs.shift();
      const value = check(sub.handle.read(this.#options.bufferSize), 'scandir', sub.path);
      if (value !== null) {
        this.#take(sub.path, value);
        this.#subdirs.push(sub);
      } else {
        sub.handle.close();
      }
      if (this.#buffered.length > 0) break;
    }
    return this.#buffered.length > 0;
  }

  #next() {
    const ent = this.#buffered.shift();
    if (this.#options.recursive && ent.isDirectory()) {
      const path = pathModule.join(ent.parentPath, ent.name);
      this.#subdirs.push({ handle: openHandle(path), path });
    }
    return ent;
  }

  #drain() {
    process.nextTick(() => {
      const queue = this.#operationQueue;
      this.#operationQueue = null;
      for (const op of queue) op();
    });
  }

  #read(maybeSync, callback) {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    validateFunction(callback, 'callback');
    if (this.#operationQueue !== null) {
      this.#operationQueue.push(() => this.#read(maybeSync, callback));
      return;
    }
    if (this.#readSubdirs()) {
      let ent;
      try {
        ent = this.#next();
      } catch (err) {
        return callback(err);
      }
      if (maybeSync) process.nextTick(callback, null, ent);
      else callback(null, ent);
      return;
    }
    this.#operationQueue = [];
    handleCall(this.#handle, 'read', [this.#options.bufferSize], 'scandir', this.#path, (err, value) => {
      this.#drain();
      if (err || value === null) return callback(err, null);
      let ent;
      try {
        this.#take(this.#path, value);
        ent = this.#next();
      } catch (e) {
        return callback(e);
      }
      callback(null, ent);
    });
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this.#read(false, (err, ent) => (err ? reject(err) : resolve(ent)));
      });
    }
    return this.#read(true, callback);
  }

  readSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#operationQueue !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    if (this.#readSubdirs()) return this.#next();
    const value = check(this.#handle.read(this.#options.bufferSize), 'scandir', this.#path);
    if (value === null) return null;
    this.#take(this.#path, value);
    return this.#next();
  }

  #closeSubdirs() {
    while (this.#subdirs.length > 0) this.#subdirs.shift().handle.close();
  }

  close(callback) {
    if (callback === undefined) {
      if (this.#closed) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
    }
    validateFunction(callback, 'callback');
    if (this.#closed) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this.#operationQueue !== null) {
      this.#operationQueue.push(() => this.close(callback));
      return;
    }
    this.#closeSubdirs();
    this.#closed = true;
    handleCall(this.#handle, 'close', [], 'closedir', undefined, (err) => callback(err));
  }

  closeSync() {
    if (this.#closed) throw new ERR_DIR_CLOSED();
    if (this.#operationQueue !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this.#closeSubdirs();
    this.#closed = true;
    check(this.#handle.close(), 'closedir');
  }

  async* entries() {
    try {
      for (;;) {
        const ent = await this.read();
        if (ent === null) break;
        yield ent;
      }
    } finally {
      if (!this.#closed) await this.close();
    }
  }

  [Symbol.asyncIterator]() { return this.entries(); }

  async [Symbol.asyncDispose]() {
    if (this.#closed) return;
    await this.close();
  }

  [Symbol.dispose]() {
    if (this.#closed) return;
    this.closeSync();
  }
}

module.exports = { Dir, openHandle };
