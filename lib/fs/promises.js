'use strict';
// node:fs/promises: the promise API and FileHandle over internalBinding('fs'). Requests run on
// the threadpool; each returns a promise settled from the request's oncomplete.

const binding = internalBinding('fs');
const { FSReqPromise } = binding;
const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateInteger } = require('internal/validators');
const {
  constants, uvError, toPath, getValidatedFd, stringToFlags, parseFileMode, getOptions,
  encodeName, getStatsFromBinding, toUnixTimestamp, checkAborted, getValidMode, wholeFileSize,
} = require('internal/fs/utils');
const { readdirResult, readdirRecursivePromise } = require('internal/fs/readdir');
const fs = require('fs');

function call(fn, args, syscall, path, dest) {
  return new Promise((resolve, reject) => {
    const r = new FSReqPromise();
    r.oncomplete = (err, value) => {
      if (err < 0) reject(uvError(err, syscall, path, dest));
      else resolve(value);
    };
    const res = fn(...args, r);
    if (typeof res === 'number' && res < 0) reject(uvError(res, syscall, path, dest));
  });
}

let streams;
function lazyStreams() {
  if (streams === undefined) streams = require('internal/fs/streams');
  return streams;
}

const kFd = Symbol('kFd');
// The handle's fd, or EBADF once it was closed.
function fdOf(handle, syscall) {
  if (handle[kFd] === -1) {
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = syscall;
    throw err;
  }
  return handle[kFd];
}

class FileHandle {
  constructor(fd) { this[kFd] = fd; }
  get fd() { return this[kFd]; }
  getAsyncId() { return -1; }
  async close() {
    const fd = this[kFd];
    if (fd === -1) return;
    this[kFd] = -1;
    if (streams !== undefined) streams.handleClosed(this);  // its streams end quietly
    await call(binding.close, [fd], 'close');
  }
  async read(buffer, offset, length, position) {
    if (buffer != null && typeof buffer === 'object' && !ArrayBuffer.isView(buffer)) {
      ({ buffer = Buffer.alloc(16384), offset = 0, length, position = null } = buffer);
    }
    if (buffer === undefined || buffer === null) buffer = Buffer.alloc(16384);
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length, position = null } = offset);
    }
    if (offset == null) offset = 0;
    if (length === undefined) length = buffer.byteLength - offset;
    validateInteger(offset, 'offset', 0, buffer.byteLength);
    validateInteger(length, 'length', 0, buffer.byteLength - offset);
    if (length === 0) return { bytesRead: 0, buffer };
    const n = await call(binding.read, [fdOf(this, 'read'), buffer, offset, length,
      position == null ? -1 : position], 'read');
    return { bytesRead: n, buffer };
  }
  async write(buffer, offsetOrOptions, length, position) {
    if (typeof buffer === 'string') {
      const pos = offsetOrOptions == null ? -1 : offsetOrOptions;
      const n = await call(binding.writeBuf, [fdOf(this, 'write'),
        Buffer.from(buffer, length || 'utf8'), 0, undefined, pos], 'write');
      return { bytesWritten: n, buffer };
    }
    if (!ArrayBuffer.isView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    let offset = offsetOrOptions;
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (offset == null) offset = 0;
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    validateInteger(offset, 'offset', 0, buffer.byteLength);
    validateInteger(length, 'length', 0, buffer.byteLength - offset);
    const n = await call(binding.writeBuf, [fdOf(this, 'write'), buffer, offset, length,
      position == null ? -1 : position], 'write');
    return { bytesWritten: n, buffer };
  }
  async stat(options) {
    return getStatsFromBinding(await call(binding.fstat, [fdOf(this, 'fstat'),
      !!(options && options.bigint)], 'fstat'));
  }
  async truncate(len = 0) {
    await call(binding.ftruncate, [fdOf(this, 'ftruncate'), Math.max(0, len)], 'ftruncate');
  }
  async sync() { await call(binding.fsync, [fdOf(this, 'fsync')], 'fsync'); }
  async datasync() { await call(binding.fsync, [fdOf(this, 'fdatasync'), undefined, true], 'fdatasync'); }
  async chmod(mode) { await call(binding.fchmod, [fdOf(this, 'fchmod'), parseFileMode(mode, 'mode')], 'fchmod'); }
  async chown(uid, gid) { await call(binding.fchown, [fdOf(this, 'fchown'), uid, gid], 'fchown'); }
  async utimes(atime, mtime) {
    await call(binding.futimes, [fdOf(this, 'futime'), toUnixTimestamp(atime, 'atime'),
      toUnixTimestamp(mtime, 'mtime')], 'futime');
  }
  // The size from fstat (a regular file's; 0 reads to the end in 8 KiB steps), then reads: the
  // binding's raw values, no Stats or read results made on the way.
  async readFile(options) {
    const fd = fdOf(this, 'readFile');
    options = getOptions(options, {});
    const st = await call(binding.fstat, [fd, false], 'fstat');
    const size = wholeFileSize(st);
    if (size < 0) throw uvError(size, 'read');
    const chunks = [];
    let total = 0;
    for (;;) {
      const ab = checkAborted(options.signal);
      if (ab) throw ab;
      const want = size > total ? size - total : 8192;
      const buffer = Buffer.allocUnsafe(want);
      const n = await call(binding.read, [fdOf(this, 'read'), buffer, 0, want, -1], 'read');
      if (n === 0) break;
      chunks.push(n === want ? buffer : buffer.subarray(0, n));
      total += n;
      if (size > 0 && total >= size) break;
    }
    const buf = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
    return options.encoding ? buf.toString(options.encoding) : buf;
  }
  async writeFile(data, options) {
    fdOf(this, 'writeFile');
    options = getOptions(options, { encoding: 'utf8' });
    const buf = typeof data === 'string' ? Buffer.from(data, options.encoding || 'utf8') :
      ArrayBuffer.isView(data) ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : null;
    if (buf === null) {
      throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    let off = 0;
    while (off < buf.length) {
      const ab = checkAborted(options.signal);
      if (ab) throw ab;
      off += await call(binding.writeBuf, [fdOf(this, 'write'), buf, off, buf.length - off, null], 'write');
    }
  }
  async appendFile(data, options) { return this.writeFile(data, options); }
  async readv(buffers, position = null) {
    const n = buffers.length === 0 ? 0 :
      await call(binding.readv, [fdOf(this, 'read'), buffers, position == null ? -1 : position], 'read');
    return { bytesRead: n, buffers };
  }
  async writev(buffers, position = null) {
    const n = buffers.length === 0 ? 0 :
      await call(binding.writev, [fdOf(this, 'write'), buffers, position == null ? -1 : position], 'write');
    return { bytesWritten: n, buffers };
  }
  async [Symbol.asyncDispose]() { return this.close(); }
  createReadStream(options) { return lazyStreams().fileHandleCreateReadStream.call(this, options); }
  createWriteStream(options) { return lazyStreams().fileHandleCreateWriteStream.call(this, options); }
  readLines(options) { return lazyStreams().fileHandleReadLines.call(this, options); }
  readableWebStream(options) { return lazyStreams().fileHandleReadableWebStream.call(this, options); }
}
if (Symbol.asyncDispose === undefined) delete FileHandle.prototype[undefined];

async function open(path, flags, mode) {
  path = toPath(path);
  const f = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await call(binding.open, [path, f, mode], 'open', path));
}

async function withFile(path, flag, mode, fn) {
  if (path instanceof FileHandle) return fn(path);
  const h = await open(path, flag, mode);
  try {
    return await fn(h);
  } finally {
    await h.close();
  }
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  const ab = checkAborted(options.signal);
  if (ab) throw ab;
  return withFile(path, options.flag || 'r', 0o666, (h) => h.readFile(options));
}
async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const ab = checkAborted(options.signal);
  if (ab) throw ab;
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return withFile(path, options.flag || 'w', options.mode, (h) => h.writeFile(data, options));
}
async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  return writeFile(path, data, { ...options, flag: options.flag || 'a' });
}
async function stat(path, options) {
  path = toPath(path);
  return getStatsFromBinding(await call(binding.stat, [path, !!(options && options.bigint)], 'stat', path));
}
async function lstat(path, options) {
  path = toPath(path);
  return getStatsFromBinding(await call(binding.lstat, [path, !!(options && options.bigint)], 'lstat', path));
}
async function readdir(path, options) {
  options = getOptions(options, { encoding: 'utf8', withFileTypes: false });
  const given = path;
  path = toPath(path);
  if (options.recursive) {
    return readdirRecursivePromise(given, path, options,
                                   (dir, types) => call(binding.readdir, [dir, types], 'scandir', dir));
  }
  const v = await call(binding.readdir, [path, !!options.withFileTypes], 'scandir', path);
  return readdirResult(path, options, v);
}
async function mkdir(path, options) {
  if (options && typeof options === 'object' && options.recursive) return mkdirRecursive(path, options);
  path = toPath(path);
  let mode = 0o777;
  if (typeof options === 'number' || typeof options === 'string') mode = parseFileMode(options, 'mode');
  else if (options && options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
  await call(binding.mkdir, [path, mode], 'mkdir', path);
}
async function rm(path, options) {
  return new Promise((resolve, reject) => {
    fs.rm(path, options, (err) => (err ? reject(err) : resolve()));
  });
}
// fs.rmdir's checks and its `recursive` (only a directory, DEP0147).
async function rmdir(path, options) {
  await rmdirCallback(path, options);
}
async function unlink(path) {
  path = toPath(path);
  await call(binding.unlink, [path], 'unlink', path);
}
async function rename(oldPath, newPath) {
  oldPath = toPath(oldPath, 'oldPath');
  newPath = toPath(newPath, 'newPath');
  await call(binding.rename, [oldPath, newPath], 'rename', oldPath, newPath);
}
async function access(path, mode) {
  path = toPath(path);
  await call(binding.access, [path, getValidMode(mode, constants.F_OK)], 'access', path);
}
async function copyFile(src, dest, mode) {
  src = toPath(src, 'src');
  dest = toPath(dest, 'dest');
  mode = getValidMode(mode, 0);
  await call(binding.copyfile, [src, dest, mode], 'copyfile', src, dest);
}
async function realpath(path, options) {
  options = getOptions(options, { encoding: 'utf8' });
  path = toPath(path);
  return encodeName(await call(binding.realpathReq, [path], 'realpath', path), options.encoding);
}
async function readlink(path, options) {
  options = getOptions(options, { encoding: 'utf8' });
  path = toPath(path);
  return encodeName(await call(binding.readlink, [path], 'readlink', path), options.encoding);
}
async function symlink(target, path, type) {
  target = toPath(target, 'target');
  path = toPath(path);
  const flags = type === 'dir' ? constants.UV_FS_SYMLINK_DIR : type === 'junction' ?
    constants.UV_FS_SYMLINK_JUNCTION : 0;
  await call(binding.symlink, [target, path, flags], 'symlink', target, path);
}
async function link(existingPath, newPath) {
  existingPath = toPath(existingPath, 'existingPath');
  newPath = toPath(newPath, 'newPath');
  await call(binding.link, [existingPath, newPath], 'link', existingPath, newPath);
}
async function mkdtemp(prefix, options) {
  options = getOptions(options, { encoding: 'utf8' });
  prefix = toPath(prefix, 'prefix');
  const p = prefix + 'XXXXXX';
  return encodeName(await call(binding.mkdtemp, [p], 'mkdtemp', p), options.encoding);
}
async function chmod(path, mode) {
  path = toPath(path);
  await call(binding.chmod, [path, parseFileMode(mode, 'mode')], 'chmod', path);
}
async function chown(path, uid, gid) {
  path = toPath(path);
  await call(binding.chown, [path, uid, gid], 'chown', path);
}
async function utimes(path, atime, mtime) {
  path = toPath(path);
  await call(binding.utimes, [path, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime')],
             'utime', path);
}
async function truncate(path, len = 0) {
  return withFile(path, 'r+', 0o666, (h) => h.truncate(len));
}

function promisified(fn) {
  return (...args) => new Promise((resolve, reject) => {
    fn(...args, (err, value) => (err ? reject(err) : resolve(value)));
  });
}
const opendir = promisified(fs.opendir);
const mkdirRecursive = promisified(fs.mkdir);
const rmdirCallback = promisified(fs.rmdir);
const cp = promisified(fs.cp);
const statfs = promisified(fs.statfs);
const lchown = promisified(fs.lchown);
const lutimes = promisified(fs.lutimes);

async function lchmod() {
  const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
}

module.exports = {
  opendir, cp, statfs, lchown, lutimes, lchmod,
  access, copyFile, open, rename, truncate, rm, rmdir, mkdir, readdir, readlink, symlink,
  lstat, stat, link, unlink, chmod, chown, utimes, realpath, mkdtemp, writeFile, appendFile,
  readFile, constants,
  glob(pattern, options) { return require('internal/fs/glob').globPromise(pattern, options); },
  watch(filename, options) { return require('internal/fs/watchers').watchPromise(filename, options); },
};
