'use strict';
// fs.glob / fs.globSync / fsPromises.glob, walking as node 22's glob does so that the results
// come in its order (a set, in the order entries are first found).
//
// The walk keeps a stack of work items { path, patterns }: a directory (relative to the cwd, or
// absolute for an absolute pattern) and the patterns still to match under it, each pattern a
// list of segments with the set of segment indexes that may apply at that path. Processing an
// item lists the directory (sorted, as readdir gives it) or looks up one literal name, records
// results, and gathers the children that still have segments to match; once the item is done
// those children are pushed in the order they were first found, so the last one is walked next.
// A (path, rest of pattern) pair is walked once. Symbolic links count as directories where the
// pattern has not just come through a link, so '**' enters a linked directory one level only.
//
// One walker, written as a generator that yields the file-system calls it needs
// ({ op: 'lstat' | 'readdir', path }); the sync driver answers them with *Sync calls, the async
// one with fs.promises, so every form walks alike. It yields { op: 'result', path, dirent } for
// each result. With withFileTypes the async forms give each result the entry known for it when it
// is found; globSync looks them up after the walk, by the cwd joined with the result (so a
// relative cwd gives entries with relative parent paths, as node's do).

const path = require('path');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { globParts, globSegment, globMatch, GLOBSTAR } = require('internal/glob_match');

// One pattern at some point of the walk: its segments (GLOBSTAR, '' for a trailing slash, a
// literal string or a { test } matcher), their source text, the segment indexes that apply,
// and which of those were reached by entering a symbolic link.
class Pattern {
  constructor(segs, texts, indexes, viaLink) {
    this.segs = segs;
    this.texts = texts;
    this.indexes = indexes;
    this.viaLink = viaLink;
    this.last = segs.length - 1;
  }

  at(i) {
    return i < 0 ? this.segs[this.segs.length + i] : this.segs[i];
  }

  // The rest of the pattern from segment i, which names it in the walked-pairs record.
  key(i) {
    return this.texts.slice(i).join('/');
  }

  derive(indexes, viaLink = new Set()) {
    return new Pattern(this.segs, this.texts, indexes, viaLink);
  }

  matches(i, name) {
    if (i > this.segs.length) return false;
    const seg = this.segs[i];
    if (seg === GLOBSTAR) return true;
    if (typeof seg === 'string') return seg === name;
    return seg !== undefined && seg.test(name);
  }

  // Whether the walk may end here: at the last segment, or before a '**/' ending at a directory.
  endsHere(isDir) {
    if (this.indexes.has(this.last)) return true;
    return this.at(-1) === '' && isDir && this.indexes.has(this.last - 1) &&
           this.at(-2) === GLOBSTAR;
  }

  // Some index was reached other than through a link.
  notOnlyViaLink() {
    for (const i of this.indexes) if (!this.viaLink.has(i)) return true;
    return false;
  }
}

function compilePatterns(patterns) {
  const out = [];
  for (const pattern of patterns) {
    for (const texts of globParts(pattern)) {
      out.push(new Pattern(texts.map(globSegment), texts, new Set([0]), new Set()));
    }
  }
  return out;
}

function validateOptions(options) {
  validateObject(options, 'options');
  const { exclude, withFileTypes } = options;
  let { cwd } = options;
  if (cwd !== undefined && cwd !== null) cwd = require('internal/url').toPathIfFileURL(cwd);
  else cwd = undefined;
  if (cwd !== undefined && typeof cwd !== 'string') {
    // node validates cwd through path.resolve()
    throw new ERR_INVALID_ARG_TYPE('paths[0]', 'string', cwd);
  }
  const root = cwd === undefined ? '.' : cwd;
  let excludeFn;
  let excludePatterns;
  if (exclude !== undefined && exclude !== null) {
    if (typeof exclude === 'function') {
      excludeFn = exclude;
    } else if (Array.isArray(exclude)) {
      exclude.forEach((e, i) => {
        if (typeof e !== 'string') throw new ERR_INVALID_ARG_TYPE(`options.exclude[${i}]`, 'string', e);
      });
      // Patterns are taken relative to the cwd and matched against absolute paths.
      excludePatterns = exclude.map((p) => path.resolve(root, p));
    } else {
      throw new ERR_INVALID_ARG_TYPE('options.exclude', ['function', 'string[]'], exclude);
    }
  }
  return { root, excludeFn, excludePatterns, withFileTypes: !!withFileTypes };
}

function validatePatterns(pattern) {
  const patterns = Array.isArray(pattern) ? pattern : [pattern];
  patterns.forEach((p, i) => {
    if (typeof p !== 'string') {
      throw new ERR_INVALID_ARG_TYPE(Array.isArray(pattern) ? `patterns[${i}]` : 'patterns', 'string', p);
    }
  });
  return patterns;
}

function* walk(patterns, options, lateDirents) {
  const { root, excludeFn, excludePatterns, withFileTypes } = options;
  const results = new Set();
  const walked = new Map(); // path -> Set of pattern rests already walked there
  const entries = new Map(); // path -> Dirent (from readdir or lstat), or null
  const listings = new Map(); // path -> Dirent[]
  let pending = new Map(); // path -> Pattern[]: the children found by the current item

  function* entry(p) {
    const known = entries.get(p);
    if (known) return known;
    const st = yield { op: 'lstat', path: p };
    let d = null;
    if (st !== null) {
      const { DirentFromStats } = require('internal/fs/utils');
      d = new DirentFromStats(path.basename(p), st, path.dirname(p));
    }
    entries.set(p, d);
    return d;
  }

  function* list(p) {
    let l = listings.get(p);
    if (l === undefined) {
      l = yield { op: 'readdir', path: p };
      listings.set(p, l);
    }
    return l;
  }

  function wasWalked(p, pattern, i) {
    const set = walked.get(p);
    return set !== undefined && set.has(pattern.key(i));
  }

  // Records the pattern's indexes at p; true when any of them was there already.
  function markWalked(p, pattern) {
    let set = walked.get(p);
    if (set === undefined) {
      set = new Set();
      walked.set(p, set);
    }
    const before = set.size;
    for (const i of pattern.indexes) set.add(pattern.key(i));
    return set.size !== before + pattern.indexes.size;
  }

  function excludedByPatterns(p) {
    return excludePatterns !== undefined && excludePatterns.some((ex) => globMatch(p, ex, false));
  }

  // `at` names the entry an async form gives for it (by default the resolved path).
  function* addResult(p, at = path.resolve(root, p)) {
    if (excludedByPatterns(path.resolve(root, p))) return;
    if (results.has(p)) return;
    results.add(p);
    if (lateDirents) return;
    const d = withFileTypes ? yield* entry(at) : undefined;
    yield { op: 'result', path: p, dirent: d };
  }

  function* addPending(p, pattern) {
    if (excludePatterns !== undefined) {
      if (excludedByPatterns(p)) return;
      const full = path.resolve(root, p);
      if (excludedByPatterns(`${full}/`) && (yield* entry(full)).isDirectory()) return;
    } else if (excludeFn !== undefined) {
      if (withFileTypes) {
        const d = yield* entry(p);
        if (d !== null && excludeFn(d)) return;
      } else if (excludeFn(p)) {
        return;
      }
    }
    const list = pending.get(p);
    if (list === undefined) pending.set(p, [pattern]);
    else list.push(pattern);
  }

  function* visit(p, pattern) {
    if (markWalked(p, pattern)) return;
    const full = path.resolve(root, p);
    const self = yield* entry(full);
    const last = pattern.last;
    const isDir = self !== null &&
      (self.isDirectory() || (self.isSymbolicLink() && pattern.notOnlyViaLink()));
    const ends = pattern.endsHere(isDir);
    if (excludedByPatterns(full)) return;
    if (pattern.indexes.has(0)) {
      const first = pattern.at(0);
      // An absolute pattern starts at '/', '..' at the parent, '.' here.
      const start = first === '' ? '/' : first === '..' ? '../' : first === '.' ? '.' : null;
      if (start !== null) {
        yield* addPending(start, pattern.derive(new Set([1])));
        return;
      }
    }
    const tail = pattern.at(-1);
    if (ends && typeof tail === 'string') {
      const d = yield* entry(path.join(full, tail));
      if (d !== null && (tail !== '' || isDir)) yield* addResult(path.join(p, tail));
      if (pattern.indexes.size === 1 && pattern.indexes.has(last)) return;
    } else if (ends && tail === GLOBSTAR &&
               (p !== '.' || pattern.at(0) === '.' || (last === 0 && self !== null))) {
      yield* addResult(p);
    }
    if (!isDir) return;

    let children;
    const only = pattern.indexes.size === 1 ? pattern.at(pattern.indexes.values().next().value) :
      undefined;
    if (typeof only === 'string') {
      // A literal segment: look the one name up instead of listing the directory.
      const d = yield* entry(path.join(full, only));
      if (d === null) return;
      d.name = only;
      children = [d];
    } else {
      children = yield* list(full);
    }

    for (const child of children) {
      const name = child.name;
      const childPath = path.join(p, name);
      entries.set(path.join(full, name), child);
      const next = new Set();
      const nextViaLink = new Set();
      for (const i of pattern.indexes) {
        // A child already walked with this pattern ends the listing.
        if (wasWalked(childPath, pattern, i) || wasWalked(childPath, pattern, i + 1)) return;
        const seg = pattern.at(i);
        const viaLink = pattern.viaLink.has(i);
        if (seg === GLOBSTAR) {
          const nextMatches = pattern.matches(i + 1, name);
          // '**' passes over hidden entries, unless the next segment names them.
          if ((name[0] === '.' && !nextMatches) ||
              (excludeFn !== undefined && excludeFn(withFileTypes ? child : name))) {
            continue;
          }
          if (!viaLink && child.isDirectory()) next.add(i);
          else if (!viaLink && i === last) yield* addResult(childPath);
          if (nextMatches && i + 1 === last && !ends) yield* addResult(childPath);
          else if (nextMatches && child.isDirectory()) next.add(i + 2);
          if ((nextMatches || pattern.at(0) === '.') &&
              (child.isDirectory() || child.isSymbolicLink()) && !viaLink) {
            next.add(i + 1);
          }
          if (child.isSymbolicLink()) nextViaLink.add(i);
          if (pattern.at(i + 1) === '..' && child.isDirectory()) {
            // '**/..': this directory and its parent.
            const parent = path.join(p, '..');
            if (i + 1 < last) {
              if (!pending.has(p) && !wasWalked(p, pattern, i + 2)) {
                pending.set(p, [pattern.derive(new Set([i + 2]))]);
              }
              if (!pending.has(parent) && !wasWalked(parent, pattern, i + 2)) {
                pending.set(parent, [pattern.derive(new Set([i + 2]))]);
              }
            } else {
              if (!wasWalked(p, pattern, i + 1)) {
                markWalked(p, pattern.derive(new Set([i + 1])));
                yield* addResult(p);
              }
              if (!wasWalked(parent, pattern, i + 1)) {
                markWalked(parent, pattern.derive(new Set([i + 1])));
                // (node's async forms give the parent's entry by the cwd joined with it)
                yield* addResult(parent, path.join(root, parent));
              }
            }
          }
        }
        if (typeof seg === 'string') {
          if (pattern.matches(i, name) && i !== last) {
            next.add(i + 1);
          } else if (seg === '.' && pattern.matches(i + 1, name)) {
            if (i + 1 === last) yield* addResult(childPath);
            else next.add(i + 2);
          }
        }
        if (typeof seg === 'object' && pattern.matches(i, name)) {
          if (i === last) yield* addResult(childPath);
          else if (child.isDirectory()) next.add(i + 1);
        }
      }
      if (next.size > 0) yield* addPending(childPath, pattern.derive(next, nextViaLink));
    }
  }

  const stack = [{ path: '.', patterns: compilePatterns(patterns) }];
  while (stack.length > 0) {
    const item = stack.pop();
    for (const pattern of item.patterns) yield* visit(item.path, pattern);
    for (const [p, list] of pending) stack.push({ path: p, patterns: list });
    pending = new Map();
  }

  if (lateDirents) {
    for (const p of results) {
      const d = withFileTypes ?
        yield* entry(path.isAbsolute(p) ? p : path.join(root, p)) : undefined;
      yield { op: 'result', path: p, dirent: d };
    }
  }
}

function answerSync(fs, step) {
  try {
    if (step.op === 'readdir') return fs.readdirSync(step.path, { withFileTypes: true });
    return fs.lstatSync(step.path);
  } catch {
    return step.op === 'readdir' ? [] : null;
  }
}

function answerAsync(fsp, step) {
  if (step.op === 'readdir') {
    return fsp.readdir(step.path, { withFileTypes: true }).then((v) => v, () => []);
  }
  return fsp.lstat(step.path).then((v) => v, () => null);
}

function globSyncImpl(pattern, options) {
  const patterns = validatePatterns(pattern);
  const opts = validateOptions(options);
  const fs = require('fs');
  const out = [];
  const gen = walk(patterns, opts, true);
  let next = gen.next();
  while (!next.done) {
    const step = next.value;
    if (step.op === 'result') {
      out.push(opts.withFileTypes ? step.dirent : step.path);
      next = gen.next();
    } else {
      next = gen.next(answerSync(fs, step));
    }
  }
  return out;
}

async function* globAsyncImpl(patterns, opts) {
  const fsp = require('fs/promises');
  const gen = walk(patterns, opts, false);
  let next = gen.next();
  while (!next.done) {
    const step = next.value;
    if (step.op === 'result') {
      yield opts.withFileTypes ? step.dirent : step.path;
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
