'use strict';
// fs.glob / fs.globSync / fsPromises.glob. One walker, written as a generator that yields the
// file-system calls it needs ({ op, path }); the sync driver answers them with *Sync calls, the
// async driver with fs.promises, so both forms walk the same way. Matching uses the matcher
// behind path.matchesGlob (internal/glob_match).

const path = require('path');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const {
  expandBraces, splitSegments, foldSegments, compileSegment, GLOBSTAR,
} = require('internal/glob_match');

function isMagic(seg) {
  return /[*?[]|[@!+]\(/.test(seg);
}

// A pattern -> lists of compiled segments (one per brace expansion). A literal segment stays a
// string; '**' becomes GLOBSTAR; a trailing '/' becomes a final '' (directories only).
function compilePattern(pattern) {
  const out = [];
  for (const expanded of expandBraces(pattern, true)) {
    const parts = foldSegments(splitSegments(expanded, false));
    const absolute = parts[0] === '' && parts.length > 1;
    const segs = [];
    for (let i = absolute ? 1 : 0; i < parts.length; i++) {
      const part = parts[i];
      if (part === '**') {
        if (segs[segs.length - 1] !== GLOBSTAR) segs.push(GLOBSTAR);
      } else if (part === '' && i === parts.length - 1 && i > 0) {
        segs.push('');
      } else if (part === '.' && segs.length === 0 && i < parts.length - 1) {
        // './a' walks from the cwd like 'a'.
      } else {
        segs.push(isMagic(part) ? compileSegment(part) : part);
      }
    }
    out.push({ absolute, segs });
  }
  return out;
}

function validateOptions(options) {
  validateObject(options, 'options');
  const { cwd, exclude, withFileTypes } = options;
  const resolvedCwd = cwd === undefined ? process.cwd() : cwd;
  if (typeof resolvedCwd !== 'string') {
    // node validates cwd through path.resolve()
    throw new ERR_INVALID_ARG_TYPE('paths[0]', 'string', resolvedCwd);
  }
  let excludeFn;
  if (exclude !== undefined && exclude !== null) {
    if (typeof exclude === 'function') {
      excludeFn = exclude;
    } else if (Array.isArray(exclude) && exclude.every((e) => typeof e === 'string')) {
      excludeFn = (p) => {
        const rel = typeof p === 'string' ? p : path.join(path.relative(resolvedCwd, p.parentPath), p.name);
        // A directory is excluded by 'dir/**' as well.
        return exclude.some((pattern) => path.matchesGlob(rel, pattern) ||
                                         path.matchesGlob(`${rel}/`, pattern));
      };
    } else {
      throw new ERR_INVALID_ARG_TYPE('options.exclude', ['function', 'string[]'], exclude);
    }
  }
  return { cwd: path.resolve(resolvedCwd), exclude: excludeFn, withFileTypes: !!withFileTypes };
}

function validatePatterns(pattern) {
  const patterns = Array.isArray(pattern) ? pattern : [pattern];
  for (const p of patterns) {
    if (typeof p !== 'string') throw new ERR_INVALID_ARG_TYPE('patterns', 'string', p);
  }
  return patterns;
}

// The walk. Yields { op: 'readdir' | 'lstat' | 'stat', path } and receives the answer (null when the
// call failed); yields { match: rel, abs, dirent } for every result.
function* walk(patterns, options) {
  const { cwd, exclude, withFileTypes } = options;
  const seen = new Set();
  const visited = new Set();
  const dirCache = new Map();

  function* readdir(abs) {
    let entries = dirCache.get(abs);
    if (entries === undefined) {
      entries = yield { op: 'readdir', path: abs };
      dirCache.set(abs, entries);
    }
    return entries;
  }

  function makeDirent(name, parent, type) {
    const { Dirent } = require('internal/fs/utils');
    return new Dirent(name, type, parent);
  }

  function* direntFor(rel, abs, known) {
    if (known !== undefined) return known;
    const st = yield { op: 'lstat', path: abs };
    if (st === null) return null;
    const { constants } = require('internal/fs/utils');
    let type = constants.UV_DIRENT_UNKNOWN;
    if (st.isFile()) type = constants.UV_DIRENT_FILE;
    else if (st.isDirectory()) type = constants.UV_DIRENT_DIR;
    else if (st.isSymbolicLink()) type = constants.UV_DIRENT_LINK;
    else if (st.isFIFO()) type = constants.UV_DIRENT_FIFO;
    else if (st.isSocket()) type = constants.UV_DIRENT_SOCKET;
    else if (st.isCharacterDevice()) type = constants.UV_DIRENT_CHAR;
    else if (st.isBlockDevice()) type = constants.UV_DIRENT_BLOCK;
    return makeDirent(path.basename(abs), path.dirname(abs), type);
  }

  function* excluded(rel, abs, dirent) {
    if (exclude === undefined) return false;
    if (withFileTypes) {
      const d = yield* direntFor(rel, abs, dirent);
      return d !== null && !!exclude(d);
    }
    return !!exclude(rel);
  }

  function* isDirectory(abs, dirent) {
    if (dirent !== undefined && !dirent.isSymbolicLink()) {
      return dirent.isDirectory();
    }
    const st = yield { op: 'stat', path: abs };
    return st !== null && st.isDirectory();
  }

  function* emit(rel, abs, dirent) {
    const key = absolutePattern ? abs : rel;
    if (seen.has(key)) return;
    seen.add(key);
    const d = withFileTypes ? yield* direntFor(rel, abs, dirent) : undefined;
    if (withFileTypes && d === null) return;
    yield { match: absolutePattern ? abs : (rel === '' ? '.' : rel), dirent: d };
  }

  // `rel`/`abs` name an existing entry that matched segs[0..pi-1]. A symlink found by listing a
  // directory (noFollow) can match but is never walked into; only literal segments follow links.
  function* visit(segs, rel, abs, pi, dirent, noFollow) {
    const key = `${pi}\0${abs}`;
    if (visited.has(key)) return;
    visited.add(key);
    if (rel !== '' && (yield* excluded(rel, abs, dirent))) return;
    if (pi === segs.length) {
      yield* emit(rel, abs, dirent);
      return;
    }
    const seg = segs[pi];
    if (seg === '') {
      if (pi === segs.length - 1 && !noFollow && (yield* isDirectory(abs, dirent))) {
        yield* emit(rel, abs, dirent);
      }
      return;
    }
    if (seg === GLOBSTAR) {
      // Zero segments...
      yield* visit(segs, rel, abs, pi + 1, dirent, noFollow);
      // ...or one more directory level, not through symlinks and not into hidden entries.
      if (noFollow || !(yield* isDirectory(abs, dirent))) return;
      const entries = yield* readdir(abs);
      if (entries === null) return;
      for (const ent of entries) {
        if (ent.name[0] === '.') continue;
        const childRel = rel === '' ? ent.name : `${rel}/${ent.name}`;
        // The child either ends the globstar (matching the rest) or continues it.
        yield* visit(segs, childRel, path.join(abs, ent.name), pi, ent, ent.isSymbolicLink());
      }
      return;
    }
    if (noFollow) return;
    if (typeof seg === 'string') {
      const childRel = rel === '' ? seg : path.join(rel, seg);
      const childAbs = path.join(abs, seg);
      if (seg !== '..' && seg !== '.') {
        const st = yield { op: 'lstat', path: childAbs };
        if (st === null) return;
      }
      yield* visit(segs, childRel, childAbs, pi + 1, undefined, false);
      return;
    }
    if (!(yield* isDirectory(abs, dirent))) return;
    const entries = yield* readdir(abs);
    if (entries === null) return;
    for (const ent of entries) {
      if (!seg.test(ent.name)) continue;
      const childRel = rel === '' ? ent.name : `${rel}/${ent.name}`;
      yield* visit(segs, childRel, path.join(abs, ent.name), pi + 1, ent, ent.isSymbolicLink());
    }
  }

  let absolutePattern = false;
  for (const pattern of patterns) {
    for (const { absolute, segs } of compilePattern(pattern)) {
      absolutePattern = absolute;
      visited.clear();
      yield* visit(segs, '', absolute ? '/' : cwd, 0, undefined, false);
    }
  }
}

function answerSync(fs, step) {
  try {
    if (step.op === 'readdir') return fs.readdirSync(step.path, { withFileTypes: true });
    if (step.op === 'lstat') return fs.lstatSync(step.path);
    return fs.statSync(step.path);
  } catch {
    return null;
  }
}

function answerAsync(fsp, step) {
  let p;
  if (step.op === 'readdir') p = fsp.readdir(step.path, { withFileTypes: true });
  else if (step.op === 'lstat') p = fsp.lstat(step.path);
  else p = fsp.stat(step.path);
  return p.then((v) => v, () => null);
}

function globSyncImpl(pattern, options) {
  const patterns = validatePatterns(pattern);
  const opts = validateOptions(options);
  const fs = require('fs');
  const out = [];
  const gen = walk(patterns, opts);
  let next = gen.next();
  while (!next.done) {
    const step = next.value;
    if (step.match !== undefined) {
      out.push(opts.withFileTypes ? step.dirent : step.match);
      next = gen.next();
    } else {
      next = gen.next(answerSync(fs, step));
    }
  }
  return out;
}

async function* globAsyncImpl(patterns, opts) {
  const fsp = require('fs/promises');
  const gen = walk(patterns, opts);
  let next = gen.next();
  while (!next.done) {
    const step = next.value;
    if (step.match !== undefined) {
      yield opts.withFileTypes ? step.dirent : step.match;
      next = gen.next();
    } else {
      next = gen.next(await answerAsync(fsp, step));
    }
  }
}

function globSync(pattern, options = {}) {
  return globSyncImpl(pattern, options);
}

function glob(pattern, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'cb');
  const patterns = validatePatterns(pattern);
  const opts = validateOptions(options == null ? {} : options);
  (async () => {
    const out = [];
    for await (const m of globAsyncImpl(patterns, opts)) out.push(m);
    return out;
  })().then((out) => callback(null, out), (err) => callback(err));
}

function globPromise(pattern, options = {}) {
  const patterns = validatePatterns(pattern);
  const opts = validateOptions(options);
  return globAsyncImpl(patterns, opts);
}

module.exports = { glob, globSync, globPromise };
