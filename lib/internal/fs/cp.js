'use strict';
// fs.cp / fs.cpSync: copies files, directories (recursive) and symlinks, with Node 22's checks
// and error codes. Runs synchronously; the callback and promise forms report on a later tick.

const binding = internalBinding('fs');
const pathModule = require('path');
const { codes: { ERR_FS_CP_EEXIST } } = require('internal/errors');
const { validateBoolean, validateFunction, validateObject } = require('internal/validators');
const { constants, check } = require('internal/fs/utils');

const { S_IFMT, S_IFDIR, S_IFLNK, S_IFREG, S_IFIFO, S_IFSOCK } = constants;

function codeError(code, message) {
  const e = new Error(message);
  e.code = code;
  return e;
}

function cpOptions(options) {
  if (options == null) options = {};
  validateObject(options, 'options');
  const o = {
    dereference: false, errorOnExist: false, force: true, preserveTimestamps: false,
    recursive: false, verbatimSymlinks: false, filter: undefined, mode: 0, ...options,
  };
  for (const k of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive',
    'verbatimSymlinks']) {
    validateBoolean(o[k], `options.${k}`);
  }
  if (o.filter !== undefined) validateFunction(o.filter, 'options.filter');
  return o;
}

function statOf(p, follow) {
  const r = follow ? binding.stat(p, false) : binding.lstat(p, false);
  if (typeof r === 'number') return r === -2 ? null : check(r, follow ? 'stat' : 'lstat', p);
  return r;
}
const kind = (st) => st[1] & S_IFMT;

function isSubdir(src, dest) {
  const s = pathModule.resolve(src).split(pathModule.sep).filter(Boolean);
  const d = pathModule.resolve(dest).split(pathModule.sep).filter(Boolean);
  return s.every((part, i) => d[i] === part);
}

function cpSyncImpl(src, dest, opts, top) {
  if (opts.filter && !opts.filter(src, dest)) return;
  const srcStat = opts.dereference ? statOf(src, true) : statOf(src, false);
  if (srcStat === null) check(-2, opts.dereference ? 'stat' : 'lstat', src);
  const destStat = statOf(dest, false);
  const srcKind = kind(srcStat);
  if (destStat !== null) {
    if (srcStat[0] === destStat[0] && srcStat[7] === destStat[7]) {
      throw codeError('ERR_FS_CP_EINVAL', 'src and dest cannot be the same ' + dest);
    }
    if (srcKind === S_IFDIR && kind(destStat) !== S_IFDIR) {
      throw codeError('ERR_FS_CP_DIR_TO_NON_DIR',
                      `Cannot overwrite non-directory ${dest} with directory ${src}`);
    }
    if (srcKind !== S_IFDIR && kind(destStat) === S_IFDIR) {
      throw codeError('ERR_FS_CP_NON_DIR_TO_DIR',
                      `Cannot overwrite directory ${dest} with non-directory ${src}`);
    }
  }
  if (top && srcKind === S_IFDIR && isSubdir(src, dest)) {
    throw codeError('ERR_FS_CP_EINVAL',
                    `Cannot copy ${src.endsWith('/') ? src : src + '/'} to a subdirectory of self ${dest}`);
  }
  if (srcKind === S_IFDIR) {
    if (!opts.recursive) {
      throw codeError('ERR_FS_EISDIR', 'Recursive option not enabled, cannot copy a directory: ' +
                      (src.endsWith('/') ? src : src + '/'));
    }
    if (destStat === null) check(binding.mkdir(dest, srcStat[1] & 0o7777), 'mkdir', dest);
    for (const name of check(binding.readdir(src, false), 'scandir', src)) {
      cpSyncImpl(pathModule.join(src, name), pathModule.join(dest, name), opts, false);
    }
    if (destStat === null) check(binding.chmod(dest, srcStat[1] & 0o7777), 'chmod', dest);
    return;
  }
  if (srcKind === S_IFLNK) {
    let target = check(binding.readlink(src), 'readlink', src);
    if (!opts.verbatimSymlinks && !pathModule.isAbsolute(target)) {
      target = pathModule.resolve(pathModule.dirname(src), target);
    }
    if (destStat !== null) {
      if (!opts.force) {
        if (opts.errorOnExist) throw existsError(dest);
        return;
      }
      check(binding.unlink(dest), 'unlink', dest);
    }
    check(binding.symlink(target, dest, 0), 'symlink', target, dest);
    return;
  }
  if (srcKind === S_IFSOCK) throw codeError('ERR_FS_CP_SOCKET', `Cannot copy a socket file: ${dest}`);
  if (srcKind === S_IFIFO) throw codeError('ERR_FS_CP_FIFO_PIPE', `Cannot copy a FIFO pipe: ${dest}`);
  if (srcKind !== S_IFREG) throw codeError('ERR_FS_CP_UNKNOWN', `Cannot copy an unknown file type: ${dest}`);
  if (destStat !== null) {
    if (!opts.force) {
      if (opts.errorOnExist) throw existsError(dest);
      return;
    }
  }
  check(binding.copyfile(src, dest, opts.mode), 'copyfile', src, dest);
  if (opts.preserveTimestamps) {
    check(binding.utimes(dest, srcStat[10] + srcStat[11] / 1e9, srcStat[12] + srcStat[13] / 1e9),
          'utime', dest);
  }
}

function existsError(dest) {
  return new ERR_FS_CP_EEXIST({ message: `${dest} already exists`, path: dest, syscall: 'cp',
                                errno: 17, code: 'EEXIST' });
}

function cpSync(src, dest, options) {
  const opts = cpOptions(options);
  cpSyncImpl(src, dest, opts, true);
}

module.exports = { cpSync, cpOptions };
