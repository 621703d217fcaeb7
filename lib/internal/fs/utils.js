'use strict';
// Shared pieces of node:fs and fs/promises: argument checks, flags and modes, Stats, Dirent and
// the errors built from the binding's negative errnos.
const { copyOptions } = require('internal/util');

const { Buffer } = require('buffer');
const {
  UVException,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateInt32, validateObject, parseFileMode } = require('internal/validators');
const { fs: C } = internalBinding('constants');

const constants = { __proto__: null };
const names = ['UV_FS_SYMLINK_DIR', 'UV_FS_SYMLINK_JUNCTION', 'O_RDONLY', 'O_WRONLY', 'O_RDWR',
  'UV_DIRENT_UNKNOWN', 'UV_DIRENT_FILE', 'UV_DIRENT_DIR', 'UV_DIRENT_LINK', 'UV_DIRENT_FIFO',
  'UV_DIRENT_SOCKET', 'UV_DIRENT_CHAR', 'UV_DIRENT_BLOCK', 'S_IFMT', 'S_IFREG', 'S_IFDIR', 'S_IFCHR', 'S_IFBLK', 'S_IFIFO',
  'S_IFLNK', 'S_IFSOCK', 'O_CREAT', 'O_EXCL', 'UV_FS_O_FILEMAP', 'O_NOCTTY', 'O_TRUNC',
  'O_APPEND', 'O_DIRECTORY', 'O_NOATIME', 'O_NOFOLLOW', 'O_SYNC', 'O_DSYNC', 'O_DIRECT',
  'O_NONBLOCK', 'S_IRWXU', 'S_IRUSR', 'S_IWUSR', 'S_IXUSR', 'S_IRWXG', 'S_IRGRP', 'S_IWGRP',
  'S_IXGRP', 'S_IRWXO', 'S_IROTH', 'S_IWOTH', 'S_IXOTH', 'F_OK', 'R_OK', 'W_OK', 'X_OK',
  'UV_FS_COPYFILE_EXCL', 'COPYFILE_EXCL', 'UV_FS_COPYFILE_FICLONE', 'COPYFILE_FICLONE',
  'UV_FS_COPYFILE_FICLONE_FORCE', 'COPYFILE_FICLONE_FORCE'];
const fallback = { UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4, UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  UV_FS_O_FILEMAP: 0,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, UV_FS_COPYFILE_FICLONE_FORCE: 4,
  COPYFILE_FICLONE_FORCE: 4, O_DIRECT: 0o40000, O_NOATIME: 0o1000000 };
for (const n of names) {
  const v = C[n] !== undefined ? C[n] : fallback[n];
  if (v !== undefined) constants[n] = v;
}
Object.freeze(constants);
const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK } = constants;

function uvError(errno, syscall, path, dest) {
  const ctx = { errno, code: undefined, syscall };
  if (path !== undefined) ctx.path = path;
  if (dest !== undefined) ctx.dest = dest;
  const err = UVException(ctx);
  return err;
}

function check(result, syscall, path, dest) {
  if (typeof result === 'number' && result < 0) {
    const err = uvError(result, syscall, path, dest);
    Error.captureStackTrace(err, check);
    throw err;
  }
  return result;
}

function isURL(v) {
  return v != null && typeof v === 'object' && typeof v.href === 'string' &&
    typeof v.protocol === 'string' && v.auth === undefined && v.path === undefined;
}

// realpath's argument as node takes it: a file URL's path, anything else made a string.
function toRealpathArg(p) {
  return toPath(isURL(p) || typeof p === 'string' ? p : p + '');
}

function toPath(p, name = 'path') {
  if (isURL(p)) p = require('internal/url').fileURLToPath(p);
  if (typeof p === 'string') {
    if (p.includes('\u0000')) {
      throw new ERR_INVALID_ARG_VALUE(name, p,
                                      'must be a string, Uint8Array, or URL without null bytes');
    }
    return p;
  }
  if (p instanceof Uint8Array) {
    if (p.includes(0)) {
      throw new ERR_INVALID_ARG_VALUE(name, p,
                                      'must be a string, Uint8Array, or URL without null bytes');
    }
    return Buffer.from(p.buffer, p.byteOffset, p.byteLength).toString();
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], p);
}

// The path as the user gave it, for error messages (a string).
function getValidatedPath(p, name = 'path') { return toPath(p, name); }

function getValidatedFd(fd, name = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, name, 0);
  return fd;
}

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') {
    require('internal/validators').validateInt32(flags, name);
    return flags;
  }
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs': case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+': case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx': case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+': case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax': case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as': case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+': case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+': case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw new ERR_INVALID_ARG_VALUE('flags', flags);
}

function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    if (options !== 'buffer' && !Buffer.isEncoding(options)) {
      throw new ERR_INVALID_ARG_VALUE('encoding', options, 'is invalid encoding');
    }
    const copy = copyOptions(defaults);
    copy.encoding = options;
    return copy;
  }
  if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== undefined && options.encoding !== null &&
      options.encoding !== 'buffer' && !Buffer.isEncoding(options.encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', options.encoding, 'is invalid encoding');
  }
  if (options.signal !== undefined) {
    require('internal/validators').validateAbortSignal(options.signal, 'options.signal');
  }
  return copyOptions(defaults, options);
}

function encodeName(name, encoding) {
  if (encoding === 'buffer') return Buffer.from(name);
  if (encoding && encoding !== 'utf8' && encoding !== 'utf-8') {
    return Buffer.from(name).toString(encoding);
  }
  return name;
}

function dateFromMs(ms) { return new Date(Math.round(Number(ms))); }

class StatsBase {
  isDirectory() { return this._checkModeProperty(S_IFDIR); }
  isFile() { return this._checkModeProperty(S_IFREG); }
  isBlockDevice() { return this._checkModeProperty(S_IFBLK); }
  isCharacterDevice() { return this._checkModeProperty(S_IFCHR); }
  isSymbolicLink() { return this._checkModeProperty(S_IFLNK); }
  isFIFO() { return this._checkModeProperty(S_IFIFO); }
  isSocket() { return this._checkModeProperty(S_IFSOCK); }
}

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  this.dev = dev; this.mode = mode; this.nlink = nlink; this.uid = uid; this.gid = gid;
  this.rdev = rdev; this.blksize = blksize; this.ino = ino; this.size = size;
  this.blocks = blocks; this.atimeMs = atimeMs; this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs; this.birthtimeMs = birthtimeMs;
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Stats.prototype._checkModeProperty = function(property) {
  return (this.mode & S_IFMT) === property;
};

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
                     atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  this.dev = dev; this.mode = mode; this.nlink = nlink; this.uid = uid; this.gid = gid;
  this.rdev = rdev; this.blksize = blksize; this.ino = ino; this.size = size;
  this.blocks = blocks;
  this.atimeMs = atimeNs / 1000000n; this.mtimeMs = mtimeNs / 1000000n;
  this.ctimeMs = ctimeNs / 1000000n; this.birthtimeMs = birthtimeNs / 1000000n;
  this.atimeNs = atimeNs; this.mtimeNs = mtimeNs; this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
BigIntStats.prototype._checkModeProperty = function(property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

// The Date fields are made on first read (enumerable accessors on the prototype, as in Node 22);
// reading or assigning one leaves an own data property.
for (const proto of [Stats.prototype, BigIntStats.prototype]) {
  for (const field of ['atime', 'mtime', 'ctime', 'birthtime']) {
    const ms = field + 'Ms';
    Object.defineProperty(proto, field, {
      __proto__: null,
      enumerable: true,
      configurable: true,
      get() {
        const value = dateFromMs(this[ms]);
        Object.defineProperty(this, field, { __proto__: null, value, writable: true,
                                             enumerable: true, configurable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, field, { __proto__: null, value, writable: true,
                                             enumerable: true, configurable: true });
      },
    });
  }
}

function getStatsFromBinding(a) {
  if (a instanceof BigInt64Array) {
    const t = (i) => a[i] * 1000000000n + a[i + 1];
    return new BigIntStats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
                           t(10), t(12), t(14), t(16));
  }
  const t = (i) => a[i] * 1e3 + a[i + 1] / 1e6;
  return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
                   t(10), t(12), t(14), t(16));
}

const kType = Symbol('type');
class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
}

// An entry made from a Stats object (fs.glob's entries that were not read from a directory):
// the type questions go to the stats.
const kStats = Symbol('stats');
class DirentFromStats extends Dirent {
  constructor(name, stats, path) {
    super(name, null, path);
    this[kStats] = stats;
  }
}
for (const m of ['isDirectory', 'isFile', 'isBlockDevice', 'isCharacterDevice', 'isSymbolicLink',
  'isFIFO', 'isSocket']) {
  Object.defineProperty(DirentFromStats.prototype, m, {
    __proto__: null, writable: true, configurable: true, enumerable: false,
    value: { [m]() { return this[kStats][m](); } }[m],
  });
}

// What a whole-file read (readFile, readFileSync, FileHandle.readFile) expects from fstat's raw
// array: a regular file's size, 0 (read to the end) for anything else, and EISDIR (-21) for a
// directory, whose read fails.
function wholeFileSize(st) {
  const type = st[1] & constants.S_IFMT;
  if (type === constants.S_IFDIR) return -21;
  return type === constants.S_IFREG ? st[8] : 0;
}

// copyFile/access modes are checked natively in node, with these plain messages.
function getValidMode(mode, def) {
  if (mode == null) return def;
  if (typeof mode !== 'number') {
    const err = new TypeError('mode must be int32 or null/undefined');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  const m = Math.trunc(mode);
  if (!(m >= 0 && m <= 7)) {
    // (node names the range only for a finite number)
    const err = new RangeError(Number.isFinite(mode) ? 'mode is out of range: >= 0 && <= 7' : 'mode is out of range');
    err.code = 'ERR_OUT_OF_RANGE';
    throw err;
  }
  return m;
}

function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (typeof time === 'number' && Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE('time', ['Date', 'Time in seconds'], time);
}

function checkAborted(signal) {
  if (signal && signal.aborted) {
    const { AbortError } = require('internal/errors');
    return new AbortError(undefined, { cause: signal.reason });
  }
}

module.exports = {
  constants, uvError, check, toPath, toRealpathArg, getValidatedPath, getValidatedFd, stringToFlags,
  parseFileMode, getOptions, encodeName, Stats, BigIntStats, getStatsFromBinding, Dirent,
  DirentFromStats,
  toUnixTimestamp, checkAborted, validateObject, getValidMode, wholeFileSize,
};
