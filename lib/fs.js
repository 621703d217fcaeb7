'use strict';
// node:fs: the sync and callback APIs over internalBinding('fs') (see src/bindings/fs.cc for the
// calling convention). ReadStream/WriteStream live in internal/fs/streams; watch/watchFile and glob
// are not here yet.

const binding = internalBinding('fs');
const { FSReqCallback } = binding;
const { Buffer } = require('buffer');
const pathModule = require('path');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_FS_EISDIR },
} = require('internal/errors');
const {
  validateFunction, validateInteger, validateBoolean, validateObject, validateUint32, kValidateObjectAllowNullable,
} = require('internal/validators');
const {
  constants, uvError, check, toPath, toRealpathArg, getValidatedFd, stringToFlags, parseFileMode,
  getOptions, encodeName, Stats, getStatsFromBinding, Dirent, toUnixTimestamp,
  checkAborted, getValidMode, wholeFileSize,
} = require('internal/fs/utils');
const {
  readdirResult, readdirRecursiveSync, readdirRecursiveCallback, joinablePath,
} = require('internal/fs/readdir');

const { F_OK, R_OK, W_OK, X_OK } = constants;

function isFd(v) { return Number.isInteger(v) && v >= 0 && v <= 0x7fffffff; }

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// A request whose completion calls cb(err) or cb(null, map(value)).
function req(cb, syscall, path, dest, map) {
  const r = new FSReqCallback();
  r.oncomplete = (err, value) => {
    if (err < 0) return cb(uvError(err, syscall, path, dest));
    if (map) {
      let out;
      try {
        out = map(value);
      } catch (e) {
        return cb(e);
      }
      return cb(null, out);
    }
    if (value === undefined) return cb(null);
    cb(null, value);
  };
  return r;
}

// Dispatches a binding call with a request; reports a not-queued failure on a later tick.
function dispatch(fn, args, r) {
  const res = fn(...args, r);
  if (typeof res === 'number' && res < 0) {
    process.nextTick(r.oncomplete, res);
  }
}

function mapStats(a) { return getStatsFromBinding(a); }

// ---- open / close ----
function openSync(path, flags, mode) {
  path = toPath(path);
  flags = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return check(binding.open(path, flags, mode), 'open', path);
}
function open(path, flags, mode, callback) {
  path = toPath(path);
  if (arguments.length < 3) {
    callback = flags; flags = 'r'; mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode; mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const f = stringToFlags(flags);
  callback = maybeCallback(callback);
  dispatch(binding.open, [path, f, mode], req(callback, 'open', path), 'open', path);
}
function closeSync(fd) {
  fd = getValidatedFd(fd);
  check(binding.close(fd), 'close');
}
function close(fd, callback = () => {}) {
  fd = getValidatedFd(fd);
  if (callback !== undefined) validateFunction(callback, 'cb');
  dispatch(binding.close, [fd], req(callback, 'close'));
}

// ---- read / write ----
function validateOffsetLength(offset, length, bufLen) {
  validateInteger(offset, 'offset', 0);
  if (offset > bufLen) throw new ERR_OUT_OF_RANGE('offset', `<= ${bufLen}`, offset);
  validateInteger(length, 'length', 0);
  if (length > bufLen - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufLen - offset}`, length);
  }
}
function validatePosition(position) {
  if (position == null) return -1;
  if (typeof position === 'bigint') return position;
  if (typeof position !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('position', ['integer', 'bigint'], position);
  }
  validateInteger(position, 'position', -1);
  return position;
}
function validateOffsetLengthRead(offset, length, bufLen) {
  validateInteger(offset, 'offset', 0);
  if (typeof length !== 'number') validateInteger(length, 'length');
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufLen) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufLen - offset}`, length);
  }
}
// node's order: the buffer, then the options object (whose length and position replace the
// arguments), then readPlan's checks; the fd last (node checks it in C++).
function readSync(fd, buffer, offsetOrOptions, length, position) {
  validateReadBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? {});
  }
  const plan = readPlan(buffer, offset === undefined ? 0 : offset, length, position);  // (null: refused)
  if (plan === null) return 0;
  return check(binding.read(getValidatedFd(fd), buffer, ...plan), 'read');
}
// The checks after the argument forms, in node's order: offset (its default already applied), a
// length coerced with `| 0` (null when it is 0: nothing to read, nothing else looked at), an
// empty buffer, the range, the position. Returns [offset, length, position] for binding.read.
function readPlan(buffer, offset, length, position) {
  validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return null;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  return [offset, length, position == null ? -1 : validateReadPosition(position, length)];
}
function validateReadPosition(position, length) {
  if (typeof position === 'bigint') {
    const max = 2n ** 63n - 1n - BigInt(length);
    if (position < -1n || position > max) throw new ERR_OUT_OF_RANGE('position', `>= -1 && <= ${max}`, position);
    return position;
  }
  return validatePosition(position);
}
// readSync's checks after node's own for the callback forms: read(fd, cb), read(fd, buffer or
// options, cb), read(fd, buffer, options, cb) and read(fd, buffer, offset, length, position, cb).
function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (arguments.length <= 4) {
    let params = null;
    if (arguments.length === 4) {
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      if (!ArrayBuffer.isView(buffer)) {
        params = buffer;
        ({ buffer = Buffer.alloc(16384) } = params ?? {});
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    if (params !== undefined) validateObject(params, 'options', kValidateObjectAllowNullable);
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? {});
  }
  validateReadBuffer(buffer);
  validateFunction(callback, 'cb');
  const plan = readPlan(buffer, offset ?? 0, length, position);
  if (plan === null) {
    process.nextTick(callback, null, 0, buffer);
    return;
  }
  const r = new FSReqCallback();
  r.oncomplete = (err, n) => {
    if (err < 0) return callback(uvError(err, 'read'));
    callback(null, n, buffer);
  };
  dispatch(binding.read, [fd, buffer, ...plan], r);
}
function validateReadBuffer(buffer) {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}
function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  if (ArrayBuffer.isView(buffer)) {
    let offset = offsetOrOptions;
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (offset == null) offset = 0;
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    validateOffsetLength(offset, length, buffer.byteLength);
    position = validatePosition(position);
    return check(binding.writeBuf(fd, buffer, offset, length, position), 'write');
  }
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  const pos = validatePosition(offsetOrOptions);
  const enc = length || 'utf8';
  require('internal/validators').validateEncoding(buffer, enc);
  if (enc !== 'utf8' && enc !== 'utf-8' && enc !== 'latin1' && enc !== 'binary') {
    return check(binding.writeBuf(fd, Buffer.from(buffer, enc), 0, undefined, pos), 'write');
  }
  return check(binding.writeStr(fd, buffer, pos, enc), 'write');
}
function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  const cbIndex = [...arguments].findIndex((a, i) => i > 1 && typeof a === 'function');
  callback = maybeCallback(cbIndex === -1 ? undefined : arguments[cbIndex]);
  const args = [...arguments].slice(0, cbIndex);
  let fn;
  let bargs;
  if (ArrayBuffer.isView(buffer)) {
    let offset = args[2];
    length = args[3];
    position = args[4];
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (offset == null) offset = 0;
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    validateOffsetLength(offset, length, buffer.byteLength);
    position = validatePosition(position);
    fn = binding.writeBuf;
    bargs = [fd, buffer, offset, length, position];
  } else {
    if (typeof buffer !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    const pos = validatePosition(args[2]);
    const enc = args[3] || 'utf8';
    if (enc !== 'utf8' && enc !== 'utf-8' && enc !== 'latin1' && enc !== 'binary') {
      fn = binding.writeBuf;
      bargs = [fd, Buffer.from(buffer, enc), 0, undefined, pos];
    } else {
      fn = binding.writeStr;
      bargs = [fd, buffer, pos, enc];
    }
  }
  const r = new FSReqCallback();
  r.oncomplete = (err, n) => {
    if (err < 0) return callback(uvError(err, 'write'));
    callback(null, n, buffer);
  };
  dispatch(fn, bargs, r);
}

// ---- stat ----
function statOpts(options) {
  return !!(options != null && options.bigint);
}
// The sync stats read the binding's result into one array each (no new array per call).
const statValues = new Float64Array(18);
const bigintStatValues = new BigInt64Array(18);
const statsInto = (bigint) => (bigint ? bigintStatValues : statValues);
function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = toPath(path);
  const big = !!options.bigint;  // (null options: node's TypeError on `bigint`)
  const r = binding.stat(path, big, undefined, statsInto(big));
  if (typeof r === 'number' && r < 0 && options.throwIfNoEntry === false &&
      (r === -2 || r === -20)) return undefined;
  return getStatsFromBinding(check(r, 'stat', path));
}
function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = toPath(path);
  const big = !!options.bigint;
  const r = binding.lstat(path, big, undefined, statsInto(big));
  // (statSync lets ENOTDIR pass as no entry too; node's lstatSync only ENOENT)
  if (typeof r === 'number' && r === -2 && options.throwIfNoEntry === false) return undefined;
  return getStatsFromBinding(check(r, 'lstat', path));
}
function fstatSync(fd, options = { bigint: false }) {
  fd = getValidatedFd(fd);
  const big = statOpts(options);
  return getStatsFromBinding(check(binding.fstat(fd, big, undefined, statsInto(big)), 'fstat'));
}
function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = maybeCallback(callback);
  path = toPath(path);
  dispatch(binding.stat, [path, statOpts(options)], req(callback, 'stat', path, undefined, mapStats));
}
function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = maybeCallback(callback);
  path = toPath(path);
  dispatch(binding.lstat, [path, statOpts(options)], req(callback, 'lstat', path, undefined, mapStats));
}
function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = maybeCallback(callback);
  fd = getValidatedFd(fd);
  dispatch(binding.fstat, [fd, statOpts(options)], req(callback, 'fstat', undefined, undefined, mapStats));
}

// ---- readdir ----
// A binding call on the threadpool for the helpers that run several (readFile, writeFile, the
// recursive readdir), past the public functions' argument checks: cb(err, value), err as node's
// for `syscall` (and `path`).
function onPool(fn, args, syscall, path, cb) {
  raw(fn, args, (err, value) => cb(err ? uvError(err, syscall, path) : null, value));
}
function readdirOnPool(dir, withFileTypes, cb) {
  onPool(binding.readdir, [dir, withFileTypes], 'scandir', dir, cb);
}
function readdirSync(path, options) {
  options = getOptions(options, { encoding: 'utf8', withFileTypes: false });
  const given = path;
  path = toPath(path);
  if (options.recursive) return readdirRecursiveSync(given, path, options);
  const value = check(binding.readdir(path, !!options.withFileTypes), 'scandir', path);
  return readdirResult(path, options, value);
}
function readdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = maybeCallback(callback);
  options = getOptions(options, { encoding: 'utf8', withFileTypes: false });
  const given = path;
  path = toPath(path);
  if (options.recursive) {
    readdirRecursiveCallback(given, path, options, readdirOnPool, callback);
    return;
  }
  dispatch(binding.readdir, [path, !!options.withFileTypes],
           req(callback, 'scandir', path, undefined, (v) => readdirResult(path, options, v)));
}

// ---- mkdir ----
function mkdirOpts(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options != null && typeof options === 'object') {
    if (options.recursive !== undefined) {
      validateBoolean(options.recursive, 'options.recursive');
      recursive = options.recursive;
    }
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  return { mode, recursive };
}
// mkdir -p as node 22 does it: on the path as given (never resolved), a missing parent found by
// cutting at the last '/' (so "j/../k" makes "j" first), the result the first directory made,
// spelled as in the path (undefined when none was), errors naming the path as given.
const kMkdirpFatal = new Set([-13, -28, -20, -1]);  // EACCES, ENOSPC, ENOTDIR, EPERM
// One step of the walk `w` ({ stack: paths still to make, first: the first one made }): takes
// mkdir's result `err` (0 or a negative errno) for `next`, just popped. Returns 0 to go on,
// 'stat' when `next` must already be a directory (mkdirpExisting decides), or an errno.
function mkdirpAfter(w, next, err) {
  if (err === 0) {
    if (w.first === undefined) w.first = next;
    return 0;
  }
  if (kMkdirpFatal.has(err)) return err;
  const cut = next.lastIndexOf('/');
  if (err === -2 && cut !== -1) {  // ENOENT: the parent first, then `next` again
    w.stack.push(next, next.slice(0, cut));
    return 0;
  }
  return 'stat';  // (ENOENT without a parent to make: the stat reports it)
}
// The failure when `next` exists (or could not be made) and `st` (a stat result or errno) shows it
// is no directory; 0 when it is one.
function mkdirpExisting(err, st, pending) {
  if (typeof st === 'number') return st;
  if (isDirMode(st)) return 0;
  return err === -17 && pending > 0 ? -20 : -17;  // ENOTDIR under a pending child, else EEXIST
}
function mkdirpSync(path, mode) {
  const w = { stack: [path], first: undefined };
  while (w.stack.length > 0) {
    const next = w.stack.pop();
    const err = binding.mkdir(next, mode) ?? 0;
    let fail = mkdirpAfter(w, next, err);
    if (fail === 'stat') fail = mkdirpExisting(err, binding.stat(next, false), w.stack.length);
    if (fail !== 0) throw uvError(fail, 'mkdir', path);
  }
  return w.first;
}
// Raw binding calls on the threadpool: cb(errno, value) with errno 0 on success.
function raw(fn, args, cb) {
  const r = new FSReqCallback();
  r.oncomplete = (err, value) => cb(err < 0 ? err : 0, value);
  const res = fn(...args, r);
  if (typeof res === 'number' && res < 0) process.nextTick(cb, res);
}
const isDirMode = (st) => (st[1] & constants.S_IFMT) === constants.S_IFDIR;

// mkdir -p on the threadpool; calls back with the first directory created (or undefined).
function mkdirp(path, mode, callback) {
  const w = { stack: [path], first: undefined };
  const loop = () => {
    if (w.stack.length === 0) return callback(null, w.first);
    const next = w.stack.pop();
    raw(binding.mkdir, [next, mode], (err) => {
      const fail = mkdirpAfter(w, next, err);
      if (fail !== 'stat') return fail !== 0 ? callback(uvError(fail, 'mkdir', path)) : loop();
      raw(binding.stat, [next, false], (e, st) => {
        const bad = mkdirpExisting(err, e === 0 ? st : e, w.stack.length);
        if (bad !== 0) return callback(uvError(bad, 'mkdir', path));
        loop();
      });
    });
  };
  loop();
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirOpts(options);
  path = toPath(path);
  if (recursive) return mkdirpSync(path, mode);
  check(binding.mkdir(path, mode), 'mkdir', path);
}
function mkdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = maybeCallback(callback);
  const { mode, recursive } = mkdirOpts(options);
  path = toPath(path);
  if (recursive) {
    mkdirp(path, mode, callback);
    return;
  }
  dispatch(binding.mkdir, [path, mode], req(callback, 'mkdir', path));
}

// ---- simple path calls ----
// Without `recursive`, node still checks rmdir's options (those of rm but `force`).
function checkRmdirOptions(options) {
  if (options === undefined) return;
  validateObject(options, 'options');
  rmOpts({ ...options, force: false });
}
// rmdir with `recursive` (deprecated, DEP0147 once) removes a directory tree, and nothing but a
// directory: a file or a symlink is ENOTDIR, as in node.
// A DeprecationWarning the first time only.
const warnedDeprecations = new Set();
function deprecationOnce(code, message) {
  if (warnedDeprecations.has(code)) return;
  warnedDeprecations.add(code);
  process.emitWarning(message, 'DeprecationWarning', code);
}
function rmdirRecursiveStart(options) {
  deprecationOnce('DEP0147', 'In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be ' +
                             'removed. Use fs.rm(path, { recursive: true }) instead');
  rmOpts({ ...options, force: false });
}
function rmdirSync(path, options) {
  path = toPath(path);
  if (options && options.recursive) {
    rmdirRecursiveStart(options);
    const st = binding.lstat(path, false);
    if (typeof st === 'number') check(st, 'lstat', path);
    if (!isDirMode(st)) throw uvError(-20, 'rmdir', path);  // ENOTDIR
    return rmSync(path, { recursive: true });
  }
  checkRmdirOptions(options);
  check(binding.rmdir(path), 'rmdir', path);
}
function rmdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = maybeCallback(callback);
  path = toPath(path);
  if (options && options.recursive) {
    rmdirRecursiveStart(options);
    return raw(binding.lstat, [path, false], (err, st) => {
      if (err) return callback(uvError(err, 'lstat', path));
      if (!isDirMode(st)) return callback(uvError(-20, 'rmdir', path));
      rm(path, { recursive: true }, callback);
    });
  }
  checkRmdirOptions(options);
  dispatch(binding.rmdir, [path], req(callback, 'rmdir', path));
}
function unlinkSync(path) {
  path = toPath(path);
  check(binding.unlink(path), 'unlink', path);
}
function unlink(path, callback) {
  callback = maybeCallback(callback);
  path = toPath(path);
  dispatch(binding.unlink, [path], req(callback, 'unlink', path));
}
function renameSync(oldPath, newPath) {
  oldPath = toPath(oldPath, 'oldPath');
  newPath = toPath(newPath, 'newPath');
  check(binding.rename(oldPath, newPath), 'rename', oldPath, newPath);
}
function rename(oldPath, newPath, callback) {
  callback = maybeCallback(callback);
  oldPath = toPath(oldPath, 'oldPath');
  newPath = toPath(newPath, 'newPath');
  dispatch(binding.rename, [oldPath, newPath], req(callback, 'rename', oldPath, newPath));
}
function linkSync(existingPath, newPath) {
  existingPath = toPath(existingPath, 'existingPath');
  newPath = toPath(newPath, 'newPath');
  check(binding.link(existingPath, newPath), 'link', existingPath, newPath);
}
function link(existingPath, newPath, callback) {
  callback = maybeCallback(callback);
  existingPath = toPath(existingPath, 'existingPath');
  newPath = toPath(newPath, 'newPath');
  dispatch(binding.link, [existingPath, newPath], req(callback, 'link', existingPath, newPath));
}
function symlinkFlags(type) {
  if (typeof type !== 'string') return 0;
  if (type === 'dir') return constants.UV_FS_SYMLINK_DIR;
  if (type === 'junction') return constants.UV_FS_SYMLINK_JUNCTION;
  if (type === 'file') return 0;
  const { codes: { ERR_FS_INVALID_SYMLINK_TYPE } } = require('internal/errors');
  throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
}
function symlinkSync(target, path, type) {
  const flags = symlinkFlags(type);
  target = toPath(target, 'target');
  path = toPath(path);
  check(binding.symlink(target, path, flags), 'symlink', target, path);
}
function symlink(target, path, type, callback) {
  if (typeof type === 'function') { callback = type; type = undefined; }
  callback = maybeCallback(callback);
  const flags = symlinkFlags(type);
  target = toPath(target, 'target');
  path = toPath(path);
  dispatch(binding.symlink, [target, path, flags], req(callback, 'symlink', target, path));
}
function readlinkSync(path, options) {
  options = getOptions(options, { encoding: 'utf8' });
  path = toPath(path, 'oldPath');
  return encodeName(check(binding.readlink(path), 'readlink', path), options.encoding);
}
function readlink(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = maybeCallback(callback);
  options = getOptions(options, { encoding: 'utf8' });
  path = toPath(path, 'oldPath');
  dispatch(binding.readlink, [path],
           req(callback, 'readlink', path, undefined, (v) => encodeName(v, options.encoding)));
}
// The error node's component-walking realpath reports: lstat of the first missing component.
function realpathError(err, path) {
  const abs = pathModule.resolve(path);
  const parts = abs.split('/').filter(Boolean);
  let cur = '';
  for (const part of parts) {
    cur += '/' + part;
    const st = binding.lstat(cur, false);
    if (typeof st === 'number' && st < 0) return uvError(st, 'lstat', cur);
    // A link is followed with stat, as node's walk does: a dangling one or a loop fails there.
    if ((st[1] & constants.S_IFMT) === constants.S_IFLNK) {
      const target = binding.stat(cur, false);
      if (typeof target === 'number' && target < 0) return uvError(target, 'stat', cur);
    }
  }
  return uvError(err, 'realpath', path);
}
function realpathSync(path, options) {
  options = getOptions(options, { encoding: 'utf8' });
  path = toRealpathArg(path);
  // node resolves the path first ('' is the cwd, 'file/' the file, 'a/..' lexically '.').
  const r = binding.realpathReq(pathModule.resolve(path));
  if (typeof r === 'number' && r < 0) throw realpathError(r, path);
  return encodeName(r, options.encoding);
}
realpathSync.native = function(path, options) {
  options = getOptions(options, { encoding: 'utf8' });
  path = toPath(path);
  return encodeName(check(binding.realpathReq(path), 'realpath', path), options.encoding);
};
function realpath(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = maybeCallback(callback);
  options = getOptions(options, { encoding: 'utf8' });
  path = toRealpathArg(path);
  const r = new FSReqCallback();
  r.oncomplete = (err, value) => {
    if (err < 0) return callback(realpathError(err, path));
    callback(null, encodeName(value, options.encoding));
  };
  dispatch(binding.realpathReq, [pathModule.resolve(path)], r);
}
realpath.native = function(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = maybeCallback(callback);
  options = getOptions(options, { encoding: 'utf8' });
  path = toPath(path);
  dispatch(binding.realpathReq, [path],
           req(callback, 'realpath', path, undefined, (v) => encodeName(v, options.encoding)));
};
function mkdtempSync(prefix, options) {
  options = getOptions(options, { encoding: 'utf8' });
  prefix = toPath(prefix, 'prefix');
  const p = prefix + 'XXXXXX';
  return encodeName(check(binding.mkdtemp(p), 'mkdtemp', p), options.encoding);
}
function mkdtemp(prefix, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = maybeCallback(callback);
  options = getOptions(options, { encoding: 'utf8' });
  prefix = toPath(prefix, 'prefix');
  const p = prefix + 'XXXXXX';
  dispatch(binding.mkdtemp, [p],
           req(callback, 'mkdtemp', p, undefined, (v) => encodeName(v, options.encoding)));
}
function accessMode(mode) {
  return getValidMode(mode, F_OK);
}
function accessSync(path, mode) {
  path = toPath(path);
  check(binding.access(path, accessMode(mode)), 'access', path);
}
function access(path, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = undefined; }
  callback = maybeCallback(callback);
  path = toPath(path);
  dispatch(binding.access, [path, accessMode(mode)], req(callback, 'access', path));
}
function existsSync(path) {
  try {
    path = toPath(path);
  } catch {
    return false;
  }
  return binding.access(path, F_OK) === undefined;
}
function exists(path, callback) {
  validateFunction(callback, 'cb');
  try {
    path = toPath(path);
  } catch {
    process.nextTick(callback, false);
    return;
  }
  const r = new FSReqCallback();
  r.oncomplete = (err) => callback(!(err < 0));
  dispatch(binding.access, [path, F_OK], r);
}
function chmodSync(path, mode) {
  path = toPath(path);
  mode = parseFileMode(mode, 'mode');
  check(binding.chmod(path, mode), 'chmod', path);
}
function chmod(path, mode, callback) {
  path = toPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = maybeCallback(callback);
  dispatch(binding.chmod, [path, mode], req(callback, 'chmod', path));
}
function fchmodSync(fd, mode) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  check(binding.fchmod(fd, mode), 'fchmod');
}
function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = maybeCallback(callback);
  dispatch(binding.fchmod, [fd, mode], req(callback, 'fchmod'));
}
function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, 4294967295);
  validateInteger(gid, 'gid', -1, 4294967295);
}
function chownPath(lchown) {
  const syscall = lchown ? 'lchown' : 'chown';
  return [
    function(path, uid, gid) {
      path = toPath(path);
      validateIds(uid, gid);
      check(binding.chown(path, uid, gid, undefined, lchown), syscall, path);
    },
    function(path, uid, gid, callback) {
      path = toPath(path);
      validateIds(uid, gid);
      callback = maybeCallback(callback);
      const r = req(callback, syscall, path);
      const res = binding.chown(path, uid, gid, r, lchown);
      if (typeof res === 'number' && res < 0) process.nextTick(r.oncomplete, res);
    },
  ];
}
const [chownSync, chown] = chownPath(false);
const [lchownSync, lchown] = chownPath(true);
function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  check(binding.fchown(fd, uid, gid), 'fchown');
}
function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  callback = maybeCallback(callback);
  dispatch(binding.fchown, [fd, uid, gid], req(callback, 'fchown'));
}
function utimesPath(lutime) {
  const syscall = lutime ? 'lutime' : 'utime';
  return [
    function(path, atime, mtime) {
      path = toPath(path);
      check(binding.utimes(path, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'),
                           undefined, lutime), syscall, path);
    },
    function(path, atime, mtime, callback) {
      callback = maybeCallback(callback);
      path = toPath(path);
      const r = req(callback, syscall, path);
      const res = binding.utimes(path, toUnixTimestamp(atime, 'atime'),
                                 toUnixTimestamp(mtime, 'mtime'), r, lutime);
      if (typeof res === 'number' && res < 0) process.nextTick(r.oncomplete, res);
    },
  ];
}
const [utimesSync, utimes] = utimesPath(false);
const [lutimesSync, lutimes] = utimesPath(true);
function futimesSync(fd, atime, mtime) {
  fd = getValidatedFd(fd);
  check(binding.futimes(fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime')),
        'futime');
}
function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  callback = maybeCallback(callback);
  dispatch(binding.futimes, [fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime')],
           req(callback, 'futime'));
}
function fsyncSync(fd) { check(binding.fsync(getValidatedFd(fd)), 'fsync'); }
function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = maybeCallback(callback);
  dispatch(binding.fsync, [fd], req(callback, 'fsync'));
}
function fdatasyncSync(fd) { check(binding.fsync(getValidatedFd(fd), undefined, true), 'fdatasync'); }
function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = maybeCallback(callback);
  binding.fsync(fd, req(callback, 'fdatasync'), true);
}
function truncLen(len) {
  if (len === undefined) return 0;
  validateInteger(len, 'len');
  return Math.max(0, len);
}
function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  check(binding.ftruncate(fd, truncLen(len)), 'ftruncate');
}
function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') { callback = len; len = 0; }
  fd = getValidatedFd(fd);
  len = truncLen(len);
  callback = maybeCallback(callback);
  dispatch(binding.ftruncate, [fd, len], req(callback, 'ftruncate'));
}
function warnTruncateFd() {
  deprecationOnce('DEP0081', 'Using fs.truncate with a file descriptor is deprecated. Please use ' +
                             'fs.ftruncate with a file descriptor instead.');
}
function truncateSync(path, len) {
  if (typeof path === 'number') {
    warnTruncateFd();
    return ftruncateSync(path, len);
  }
  const fd = openSync(path, 'r+');  // (then `len` is checked, as in node)
  try {
    ftruncateSync(fd, len);
  } finally {
    closeSync(fd);
  }
}
function truncate(path, len, callback) {
  if (typeof len === 'function') { callback = len; len = 0; }
  if (typeof path === 'number') {
    warnTruncateFd();
    return ftruncate(path, len, callback);
  }
  len = truncLen(len);
  callback = maybeCallback(callback);
  open(path, 'r+', (err, fd) => {
    if (err) return callback(err);
    ftruncate(fd, len, (err2) => close(fd, (err3) => callback(err2 || err3 || null)));
  });
}
function copyFileSync(src, dest, mode = 0) {
  src = toPath(src, 'src');
  dest = toPath(dest, 'dest');
  mode = getValidMode(mode, 0);
  check(binding.copyfile(src, dest, mode), 'copyfile', src, dest);
}
function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = 0; }
  src = toPath(src, 'src');
  dest = toPath(dest, 'dest');
  mode = getValidMode(mode, 0);
  callback = maybeCallback(callback);
  dispatch(binding.copyfile, [src, dest, mode], req(callback, 'copyfile', src, dest));
}

// ---- rm ----
function rmOpts(options) {
  if (options === undefined) options = {};
  validateObject(options, 'options');
  const { recursive = false, force = false, maxRetries = 0, retryDelay = 100 } = options;
  validateBoolean(recursive, 'options.recursive');
  validateBoolean(force, 'options.force');
  validateUint32(maxRetries, 'options.maxRetries');
  validateUint32(retryDelay, 'options.retryDelay');
  return { recursive, force };
}
function rmTree(path) {
  const st = binding.lstat(path, false);
  if (typeof st === 'number') check(st, 'lstat', path);
  if ((st[1] & constants.S_IFMT) !== constants.S_IFDIR) {
    check(binding.unlink(path), 'rm', path);
    return;
  }
  const names = check(binding.readdir(path, false), 'rm', path);
  for (const n of names) rmTree(pathModule.join(path, n));
  check(binding.rmdir(path), 'rm', path);
}
// rm of a directory named by a path ending in '.' (trailing slashes aside) is refused before
// anything is removed (EINVAL, rmdir), as in node; under one ending in '..', the directory's
// contents go and the removal of the path itself finding it gone is no error.
function lastComponent(path) {
  const s = String(path).replace(/\/+$/, '');
  return s.slice(s.lastIndexOf('/') + 1);
}
function rmTopGone(e, path, last) {
  return last === '..' && e.code === 'ENOENT' && e.path === path;
}
function rmSync(path, options) {
  path = toPath(path);
  const { recursive, force } = rmOpts(options);
  const st = binding.lstat(path, false);
  if (typeof st === 'number') {
    if (force && st === -2) return;
    // (node's rmSync with both options names the removal for a path through a file or a loop)
    check(st, recursive && force && (st === -20 || st === -40) ? 'unlink' : 'lstat', path);
  }
  if ((st[1] & constants.S_IFMT) === constants.S_IFDIR && !recursive) {
    throw new ERR_FS_EISDIR({ code: 'EISDIR', message: 'is a directory', path, syscall: 'rm',
                              errno: 21 });
  }
  const last = isDirMode(st) ? lastComponent(path) : '';
  if (last === '.') throw uvError(-22, 'rmdir', path);  // EINVAL
  try {
    rmTree(path);
  } catch (e) {
    if (!(force && e.code === 'ENOENT') && !rmTopGone(e, path, last)) throw e;
  }
}
function rm(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = maybeCallback(callback);
  path = toPath(path);
  const { recursive, force } = rmOpts(options);
  raw(binding.lstat, [path, false], (err, st) => {
    if (err) {
      if (force && err === -2) return callback(null);
      return callback(uvError(err, 'lstat', path));
    }
    if (isDirMode(st) && !recursive) {
      return callback(new ERR_FS_EISDIR({ code: 'EISDIR', message: 'is a directory', path,
                                          syscall: 'rm', errno: 21 }));
    }
    const last = isDirMode(st) ? lastComponent(path) : '';
    if (last === '.') return callback(uvError(-22, 'rmdir', path));
    rmTreeAsync(path, st, (e) => callback(e && !(force && e.code === 'ENOENT') && !rmTopGone(e, path, last) ? e : null));
  });
}
function rmTreeAsync(path, st, callback) {
  if (!isDirMode(st)) {
    return raw(binding.unlink, [path], (e) => callback(e ? uvError(e, 'rm', path) : null));
  }
  raw(binding.readdir, [path, false], (err, names) => {
    if (err) return callback(uvError(err, 'rm', path));
    let pending = names.length;
    let failed = null;
    const done = () => raw(binding.rmdir, [path], (e) => {
      callback(e ? uvError(e, 'rm', path) : null);
    });
    if (pending === 0) return done();
    for (const n of names) {
      const child = pathModule.join(path, n);
      raw(binding.lstat, [child, false], (e, cst) => {
        const next = (e2) => {
          if (e2 && !failed) failed = e2;
          if (--pending === 0) {
            if (failed) return callback(failed);
            done();
          }
        };
        if (e) return next(uvError(e, 'lstat', child));
        rmTreeAsync(child, cst, next);
      });
    }
  });
}

// ---- readFile / writeFile / appendFile ----
// `statSyscall`: how a failing fstat is reported (node's utf8 read of an fd reads without one).
function readAllSync(fd, isUserFd, statSyscall = 'fstat') {
  const st = binding.fstat(fd, false);
  check(st, statSyscall);
  const size = check(wholeFileSize(st), 'read');
  const chunks = [];
  let total = 0;
  if (size > 0) {
    if (size > 2 ** 31 - 1) {
      const { codes: { ERR_FS_FILE_TOO_LARGE } } = require('internal/errors');
      throw new ERR_FS_FILE_TOO_LARGE(size);
    }
    const buf = Buffer.allocUnsafe(size);
    while (total < size) {
      const n = check(binding.read(fd, buf, total, size - total, -1), 'read');
      if (n === 0) break;
      total += n;
    }
    // A regular file is read up to the size fstat reported, as node does.
    return total < size ? buf.subarray(0, total) : buf;
  }
  for (;;) {
    const buf = Buffer.allocUnsafe(8192);
    const n = check(binding.read(fd, buf, 0, 8192, -1), 'read');
    if (n === 0) break;
    chunks.push(buf.subarray(0, n));
    total += n;
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  // Fast path: a utf8 read of a named file straight into a string.
  if (typeof path === 'string' && (options.encoding === 'utf8' || options.encoding === 'utf-8') &&
      (options.flag === 'r' || options.flag === undefined) && !path.includes('\u0000')) {
    const s = binding.readFileUtf8(path);
    if (typeof s === 'string') return s;
  }
  const isUserFd = isFd(path);
  const fd = isUserFd ? getValidatedFd(path) : openSync(path, options.flag || 'r', 0o666);
  let buf;
  try {
    const utf8 = options.encoding === 'utf8' || options.encoding === 'utf-8';
    buf = readAllSync(fd, isUserFd, isUserFd && utf8 ? 'read' : 'fstat');
  } finally {
    if (!isUserFd) binding.close(fd);
  }
  if (options.encoding) return buf.toString(options.encoding);
  return buf;
}
function readFile(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = maybeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const isUserFd = isFd(path);
  const signal = options.signal;
  const finish = (fd, err, buf) => {
    const done = () => {
      if (err) return callback(err);
      if (options.encoding) {
        let s;
        try {
          s = buf.toString(options.encoding);
        } catch (e) {
          return callback(e);
        }
        return callback(null, s);
      }
      callback(null, buf);
    };
    if (isUserFd || fd === undefined) return done();
    onPool(binding.close, [fd], 'close', undefined, (e) => { if (!err && e) err = e; done(); });
  };
  // The size from fstat (a regular file's; 0 reads to the end in 8 KiB steps), then reads.
  const readFd = (fd) => {
    const ab = checkAborted(signal);
    if (ab) return finish(fd, ab);
    onPool(binding.fstat, [fd, false], 'fstat', undefined, (err, st) => {
      if (err) return finish(fd, err);
      const size = wholeFileSize(st);
      if (size < 0) return finish(fd, uvError(size, 'read'));
      const chunks = [];
      let total = 0;
      const step = () => {
        const ab = checkAborted(signal);
        if (ab) return finish(fd, ab);
        const want = size > total ? size - total : 8192;
        const buf = Buffer.allocUnsafe(want);
        onPool(binding.read, [fd, buf, 0, want, -1], 'read', undefined, (err, n) => {
          if (err) return finish(fd, err);
          if (n === 0) return finish(fd, null, Buffer.concat(chunks, total));
          chunks.push(n === want ? buf : buf.subarray(0, n));
          total += n;
          if (size > 0 && total >= size) {
            return finish(fd, null, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total));
          }
          step();
        });
      };
      step();
    });
  };
  if (isUserFd) {
    const fd = getValidatedFd(path);
    return process.nextTick(readFd, fd);
  }
  path = toPath(path);
  const flags = stringToFlags(options.flag || 'r');
  const ab = checkAborted(signal);
  if (ab) return process.nextTick(callback, ab);
  onPool(binding.open, [path, flags, 0o666], 'open', path, (err, fd) => {
    if (err) return finish(undefined, err);
    readFd(fd);
  });
}
function toData(data, encoding) {
  if (ArrayBuffer.isView(data)) {
    return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  }
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}
function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const buf = toData(data, options.encoding);
  const isUserFd = isFd(path);
  const fd = isUserFd ? getValidatedFd(path) :
    openSync(path, options.flag || 'w', options.mode === undefined ? 0o666 : options.mode);
  try {
    let off = 0;
    while (off < buf.length) {
      off += check(binding.writeBuf(fd, buf, off, buf.length - off, -1), 'write');
    }
    if (options.flush) fsyncSync(fd);
  } finally {
    if (!isUserFd) binding.close(fd);
  }
}
function writeFile(path, data, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const buf = toData(data, options.encoding);
  const isUserFd = isFd(path);
  const signal = options.signal;
  const finish = (fd, err) => {
    if (isUserFd || fd === undefined) return callback(err || null);
    onPool(binding.close, [fd], 'close', undefined, (e) => callback(err || e || null));
  };
  const writeFd = (fd) => {
    let off = 0;
    const step = () => {
      const ab = checkAborted(signal);
      if (ab) return finish(fd, ab);
      if (off >= buf.length) {
        if (options.flush) return onPool(binding.fsync, [fd], 'fsync', undefined, (e) => finish(fd, e));
        return finish(fd, null);
      }
      onPool(binding.writeBuf, [fd, buf, off, buf.length - off, null], 'write', undefined, (err, n) => {
        if (err) return finish(fd, err);
        off += n;
        step();
      });
    };
    step();
  };
  if (isUserFd) return process.nextTick(writeFd, getValidatedFd(path));
  path = toPath(path);
  const ab = checkAborted(signal);
  if (ab) return process.nextTick(callback, ab);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const flags = stringToFlags(options.flag || 'w');
  onPool(binding.open, [path, flags, mode], 'open', path, (err, fd) => {
    if (err) return callback(err);
    writeFd(fd);
  });
}
function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFileSync(path, data, options);
}
function appendFile(path, data, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFile(path, data, options, callback);
}

// ---- readv / writev / statfs ----
function validateBuffers(buffers) {
  if (!Array.isArray(buffers) || !buffers.every((b) => ArrayBuffer.isView(b))) {
    throw new ERR_INVALID_ARG_TYPE('buffers', 'ArrayBufferView[]', buffers);
  }
}
function vectorSync(fn, syscall, fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBuffers(buffers);
  position = validatePosition(position);
  if (buffers.length === 0) return 0;
  return check(fn(fd, buffers, position), syscall);
}
function vector(fn, syscall, fd, buffers, position, callback) {
  if (typeof position === 'function') { callback = position; position = null; }
  fd = getValidatedFd(fd);
  validateBuffers(buffers);
  position = validatePosition(position);
  callback = maybeCallback(callback);
  if (buffers.length === 0) return process.nextTick(callback, null, 0, buffers);
  const r = new FSReqCallback();
  r.oncomplete = (err, n) => {
    if (err < 0) return callback(uvError(err, syscall));
    callback(null, n, buffers);
  };
  dispatch(fn, [fd, buffers, position], r);
}
const readvSync = (fd, buffers, position) => vectorSync(binding.readv, 'read', fd, buffers, position);
const writevSync = (fd, buffers, position) => vectorSync(binding.writev, 'write', fd, buffers, position);
function readv(fd, buffers, position, callback) {
  vector(binding.readv, 'read', fd, buffers, position, callback);
}
function writev(fd, buffers, position, callback) {
  vector(binding.writev, 'write', fd, buffers, position, callback);
}

class StatFs {
  constructor(a) {
    this.type = a[0]; this.bsize = a[1]; this.blocks = a[2]; this.bfree = a[3];
    this.bavail = a[4]; this.files = a[5]; this.ffree = a[6];
  }
}
function statfsSync(path, options = { bigint: false }) {
  path = toPath(path);
  return new StatFs(check(binding.statfs(path, statOpts(options)), 'statfs', path));
}
function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = maybeCallback(callback);
  path = toPath(path);
  dispatch(binding.statfs, [path, statOpts(options)],
           req(callback, 'statfs', path, undefined, (a) => new StatFs(a)));
}

// ---- opendir / cp ----
// A Dir's path is a Buffer when given one (a URL its path), as in node.
function opendirSync(path, options) {
  const given = path;
  path = toPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  const { Dir, openHandle } = require('internal/fs/dir');
  return new Dir(openHandle(path), joinablePath(given, path), options);
}
function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  const given = path;
  path = toPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  const { Dir, openHandle } = require('internal/fs/dir');
  openHandle(path, (err, handle) => {
    if (err) return callback(err);
    let dir;
    try {
      dir = new Dir(handle, joinablePath(given, path), options);
    } catch (e) {
      handle.close();
      return callback(e);
    }
    callback(null, dir);
  });
}
function cpSync(src, dest, options) {
  src = toPath(src, 'src');
  dest = toPath(dest, 'dest');
  require('internal/fs/cp').cpSync(src, dest, options);
}
function cp(src, dest, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = maybeCallback(callback);
  src = toPath(src, 'src');
  dest = toPath(dest, 'dest');
  const { cpSync: run, cpOptions } = require('internal/fs/cp');
  const opts = cpOptions(options);
  setImmediate(() => {
    try {
      run(src, dest, opts);
    } catch (e) {
      return callback(e);
    }
    callback(null);
  });
}

// The file's bytes as a Blob. Node's Blob reads the file lazily; this one reads it now.
function openAsBlob(path, options = {}) {
  validateObject(options, 'options');
  const type = options.type || '';
  require('internal/validators').validateString(type, 'options.type');
  path = toPath(path);
  let data;
  try {
    data = readFileSync(path);
  } catch {
    throw new Error('Unable to open file as blob');
  }
  const { Blob } = require('buffer');
  return Promise.resolve(new Blob([data], { type }));
}

// util.promisify: the callbacks that take several results resolve with an object, and exists
// (whose callback has no error argument) resolves with its boolean, as in node 22.
{
  const { customPromisifyArgs } = require('internal/util');
  for (const [fn, names] of [[read, ['bytesRead', 'buffer']], [write, ['bytesWritten', 'buffer']],
    [readv, ['bytesRead', 'buffers']], [writev, ['bytesWritten', 'buffer']]]) {
    Object.defineProperty(fn, customPromisifyArgs, { __proto__: null, value: names, enumerable: false });
  }
  Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
    __proto__: null,
    value: function exists(path) {
      return new Promise((resolve) => module.exports.exists(path, resolve));
    },
  });
}

let promises;
module.exports = {
  openAsBlob,
  readv, readvSync, writev, writevSync, statfs, statfsSync, opendir, opendirSync, cp, cpSync,
  appendFile, appendFileSync, access, accessSync, chown, chownSync, chmod, chmodSync,
  close, closeSync, copyFile, copyFileSync, exists, existsSync, fchown, fchownSync,
  fchmod, fchmodSync, fdatasync, fdatasyncSync, fstat, fstatSync, fsync, fsyncSync,
  ftruncate, ftruncateSync, futimes, futimesSync, lchown, lchownSync, link, linkSync,
  lstat, lstatSync, lutimes, lutimesSync, mkdir, mkdirSync, mkdtemp, mkdtempSync, open,
  openSync, readdir, readdirSync, read, readSync, readFile, readFileSync, readlink,
  readlinkSync, realpath, realpathSync, rename, renameSync, rm, rmSync, rmdir, rmdirSync,
  stat, statSync, symlink, symlinkSync, truncate, truncateSync, unlink, unlinkSync,
  utimes, utimesSync, write, writeSync, writeFile, writeFileSync,
  lchmod: undefined, lchmodSync: undefined, _toUnixTimestamp: toUnixTimestamp,
  Dirent, Stats, get Dir() { return require('internal/fs/dir').Dir; },
  glob(pattern, options, callback) { return require('internal/fs/glob').glob(pattern, options, callback); },
  globSync(pattern, options) { return require('internal/fs/glob').globSync(pattern, options); },
  watch(filename, options, listener) { return require('internal/fs/watchers').watch(filename, options, listener); },
  watchFile(filename, options, listener) {
    return require('internal/fs/watchers').watchFile(filename, options, listener);
  },
  unwatchFile(filename, listener) { return require('internal/fs/watchers').unwatchFile(filename, listener); },
  F_OK, R_OK, W_OK, X_OK, constants,
};
// Streams load lazily: they pull in node:stream. Assigning fs.ReadStream / fs.WriteStream
// changes what createReadStream / createWriteStream construct.
const streamClasses = { __proto__: null };
for (const name of ['ReadStream', 'WriteStream', 'FileReadStream', 'FileWriteStream']) {
  Object.defineProperty(module.exports, name, {
    __proto__: null, configurable: true, enumerable: true,
    get() {
      if (!(name in streamClasses)) {
        streamClasses[name] = require('internal/fs/streams')[name.replace(/^File/, '')];
      }
      return streamClasses[name];
    },
    set(v) { streamClasses[name] = v; },
  });
}
module.exports.createReadStream = function createReadStream(path, options) {
  return new module.exports.ReadStream(path, options);
};
module.exports.createWriteStream = function createWriteStream(path, options) {
  return new module.exports.WriteStream(path, options);
};
Object.defineProperty(module.exports, 'promises', {
  __proto__: null, configurable: true, enumerable: true,
  get() {
    if (promises === undefined) promises = require('fs/promises');
    return promises;
  },
});
