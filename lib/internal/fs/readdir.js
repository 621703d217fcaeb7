'use strict';
// readdir's results, shared by node:fs and fs/promises: names encoded as asked, Dirents (a type
// the filesystem did not give comes from lstat), and the recursive walks.
//
// Recursive readdir walks as node 22's does. A subdirectory is entered when stat(), which follows
// symlinks, says directory, so a link to a directory is walked too; a cycle ends where the
// kernel's ELOOP makes that stat fail. With withFileTypes a Dirent that is a directory is entered
// without stat, a symlink after it; fs/promises with withFileTypes enters real directories only.
// Names are encoded as asked and then joined: like node's, a walk fails in path.join
// (ERR_INVALID_ARG_TYPE) on a Buffer path or the 'buffer' encoding, and an encoded name that is
// not the directory's own is not entered (withFileTypes: its scandir fails). fs and its callback
// form go breadth first; fs/promises reads each subdirectory as it meets it and goes on with the
// one read last.

const pathModule = require('path');
const binding = internalBinding('fs');
const { constants, check, encodeName, Dirent } = require('internal/fs/utils');

function direntTypeFromMode(mode) {
  switch (mode & constants.S_IFMT) {
    case constants.S_IFREG: return constants.UV_DIRENT_FILE;
    case constants.S_IFDIR: return constants.UV_DIRENT_DIR;
    case constants.S_IFLNK: return constants.UV_DIRENT_LINK;
    case constants.S_IFIFO: return constants.UV_DIRENT_FIFO;
    case constants.S_IFSOCK: return constants.UV_DIRENT_SOCKET;
    case constants.S_IFCHR: return constants.UV_DIRENT_CHAR;
    case constants.S_IFBLK: return constants.UV_DIRENT_BLOCK;
  }
  return 0;
}

// The binding's readdir value (names, or [names, types] with withFileTypes) as the API returns it.
function readdirResult(path, options, value) {
  const enc = options.encoding;
  if (!options.withFileTypes) return value.map((n) => encodeName(n, enc));
  const [names, types] = value;
  return names.map((n, i) => {
    let type = types[i];
    if (type === 0) {
      const st = binding.lstat(pathModule.join(path, n), false);
      if (typeof st !== 'number') type = direntTypeFromMode(st[1]);
    }
    return new Dirent(encodeName(n, enc), type, path);
  });
}

// The path a walk joins names to: a Buffer stays one (path.join refuses it, as in node).
function joinablePath(given, path) { return given instanceof Uint8Array ? given : path; }

// Adds one directory's entries (the binding's value: names, or [names, types] with
// withFileTypes) to `out` and calls enter(full) for each subdirectory to walk. Without
// withFileTypes every entry is stat()ed (through links, no array made: internalModuleStat).
function walkEntries(root, dir, options, value, follow, out, enter) {
  if (!options.withFileTypes) {
    for (const name of value) {
      const full = pathModule.join(dir, encodeName(name, options.encoding));
      out.push(pathModule.relative(root, full));
      if (binding.internalModuleStat(full) === 1) enter(full);
    }
    return;
  }
  for (const ent of readdirResult(dir, options, value)) {
    out.push(ent);
    if (ent.isDirectory()) {
      enter(pathModule.join(dir, ent.name));
    } else if (follow && ent.isSymbolicLink()) {
      const full = pathModule.join(dir, ent.name);
      if (binding.internalModuleStat(full) === 1) enter(full);
    }
  }
}

// readdirSync's walk. `given` is the path as the caller gave it, `path` the string to read.
function readdirRecursiveSync(given, path, options) {
  const root = joinablePath(given, path);
  const out = [];
  const queue = [path];
  const enter = (full) => queue.push(full);
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i];
    walkEntries(root, i === 0 ? root : dir, options,
                check(binding.readdir(dir, !!options.withFileTypes), 'scandir', dir), true, out, enter);
  }
  return out;
}

// fs.readdir's walk: read(dir, withFileTypes, callback(err, value)) reads one directory on the
// threadpool.
function readdirRecursiveCallback(given, path, options, read, callback) {
  const root = joinablePath(given, path);
  const out = [];
  const queue = [path];
  const enter = (full) => queue.push(full);
  let i = 0;
  const step = () => {
    if (i === queue.length) return callback(null, out);
    const dir = queue[i++];
    read(dir, !!options.withFileTypes, (err, value) => {
      if (err) return callback(err);
      walkEntries(root, i === 1 ? root : dir, options, value, true, out, enter);
      step();
    });
  };
  step();
}

// fs/promises' walk: read(dir, withFileTypes) is a promise of one directory's value.
async function readdirRecursivePromise(given, path, options, read) {
  const root = joinablePath(given, path);
  const out = [];
  const types = !!options.withFileTypes;
  const stack = [[root, await read(path, types)]];
  while (stack.length) {
    const [dir, value] = stack.pop();
    const subdirs = [];
    walkEntries(root, dir, options, value, !options.withFileTypes, out, (full) => subdirs.push(full));
    for (const full of subdirs) stack.push([full, await read(full, types)]);
  }
  return out;
}

module.exports = {
  readdirResult, readdirRecursiveSync, readdirRecursiveCallback, readdirRecursivePromise, joinablePath,
};
