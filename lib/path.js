'use strict';
// node:path for nodus: POSIX and Windows path manipulation with Node 22's
// observable behaviour (results, argument validation and error messages).

// Validation helpers. internal/validators is loaded on first use only, so
// this module can be required very early during bootstrap.
let validators;
function lazyValidators() {
  if (validators === undefined) validators = require('internal/validators');
  return validators;
}

function checkString(value, name) {
  if (typeof value !== 'string') lazyValidators().validateString(value, name);
}

function checkObject(value, name) {
  if (value === null || typeof value !== 'object') {
    lazyValidators().validateObject(value, name);
  }
}

const CHAR_DOT = 46; // .
const CHAR_SLASH = 47; // /
const CHAR_BACKSLASH = 92; // \
const CHAR_COLON = 58; // :
const CHAR_QUESTION = 63; // ?

function isPosixSep(code) {
  return code === CHAR_SLASH;
}

function isWinSep(code) {
  return code === CHAR_SLASH || code === CHAR_BACKSLASH;
}

function isLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// Collapse '.' and '..' segments and repeated separators of a path that has
// had its root removed. Returns the segments joined by `sep` (no leading or
// trailing separator). When `aboveRoot` is true, '..' segments that cannot
// be resolved are kept; otherwise they are dropped.
function collapse(path, aboveRoot, sep, isSep) {
  const out = [];
  const len = path.length;
  let start = 0;
  for (let i = 0; i <= len; i++) {
    if (i < len && !isSep(path.charCodeAt(i))) continue;
    const n = i - start;
    if (n === 0 || (n === 1 && path.charCodeAt(start) === CHAR_DOT)) {
      // empty or '.'
    } else if (n === 2 && path.charCodeAt(start) === CHAR_DOT &&
               path.charCodeAt(start + 1) === CHAR_DOT) {
      if (out.length > 0 && out[out.length - 1] !== '..') {
        out.pop();
      } else if (aboveRoot) {
        out.push('..');
      }
    } else {
      out.push(path.slice(start, i));
    }
    start = i + 1;
  }
  return out.join(sep);
}

// Shared by both flavours: build a path from {dir, root, base, name, ext}.
function _format(sep, pathObject) {
  checkObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const name = pathObject.name || '';
    let ext = pathObject.ext || '';
    if (ext && ext[0] !== '.') ext = `.${ext}`;
    base = `${name}${ext}`;
  }
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// The extension of the final segment text `seg` (no separators inside).
function segmentExtStart(seg) {
  const dot = seg.lastIndexOf('.');
  if (dot <= 0 || seg === '..') return -1;
  return dot;
}

let globModule;
function matchesGlobImpl(path, pattern, windows) {
  checkString(path, 'path');
  checkString(pattern, 'pattern');
  if (globModule === undefined) globModule = require('internal/path/glob');
  return globModule.matchGlob(path, pattern, windows);
}

// ---------------------------------------------------------------------------
// POSIX

const posix = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      let p;
      if (i >= 0) {
        p = args[i];
        checkString(p, `paths[${i}]`);
      } else {
        p = process.cwd();
      }
      if (p.length === 0) continue;
      resolved = resolved.length === 0 ? p : `${p}/${resolved}`;
      absolute = p.charCodeAt(0) === CHAR_SLASH;
    }
    const body = collapse(resolved, !absolute, '/', isPosixSep);
    if (absolute) return `/${body}`;
    return body.length > 0 ? body : '.';
  },

  normalize(path) {
    checkString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path.charCodeAt(0) === CHAR_SLASH;
    const trailing = path.charCodeAt(path.length - 1) === CHAR_SLASH;
    let body = collapse(path, !absolute, '/', isPosixSep);
    if (body.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) body += '/';
    return absolute ? `/${body}` : body;
  },

  isAbsolute(path) {
    checkString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === CHAR_SLASH;
  },

  join(...args) {
    let joined;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      checkString(arg, 'path');
      if (arg.length > 0) joined = joined === undefined ? arg : `${joined}/${arg}`;
    }
    if (joined === undefined) return '.';
    return posix.normalize(joined);
  },

  relative(from, to) {
    checkString(from, 'from');
    checkString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    // Both are absolute and normalized: '/' or '/a/b' (no trailing slash).
    const fromParts = from === '/' ? [] : from.slice(1).split('/');
    const toParts = to === '/' ? [] : to.slice(1).split('/');
    const n = Math.min(fromParts.length, toParts.length);
    let common = 0;
    while (common < n && fromParts[common] === toParts[common]) common++;
    const out = [];
    for (let i = common; i < fromParts.length; i++) out.push('..');
    for (let i = common; i < toParts.length; i++) out.push(toParts[i]);
    return out.join('/');
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    checkString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const rooted = path.charCodeAt(0) === CHAR_SLASH;
    // Skip trailing separators, then the last segment; the separator found
    // before it ends the directory part. Index 0 is never examined.
    let i = len - 1;
    while (i >= 1 && path.charCodeAt(i) === CHAR_SLASH) i--;
    while (i >= 1 && path.charCodeAt(i) !== CHAR_SLASH) i--;
    if (i < 1) return rooted ? '/' : '.';
    if (rooted && i === 1) return '//';
    return path.slice(0, i);
  },

  basename(path, suffix) {
    if (suffix !== undefined) checkString(suffix, 'suffix');
    checkString(path, 'path');
    return basenameOf(path, suffix, 0, isPosixSep);
  },

  extname(path) {
    checkString(path, 'path');
    return extnameOf(path, 0, isPosixSep);
  },

  format: _format.bind(null, '/'),

  parse(path) {
    checkString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const rooted = path.charCodeAt(0) === CHAR_SLASH;
    const rootEnd = rooted ? 1 : 0;
    if (rooted) ret.root = '/';
    parseTail(path, rootEnd, ret, isPosixSep);
    if (ret.dir === '' && rooted) ret.dir = '/';
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlobImpl(path, pattern, false);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};

// Final segment of path[rootEnd..] with trailing separators removed. With a
// non-empty `suffix`, Node compares the suffix against the end of that
// segment: a full match inside the segment is cut off, a segment that is
// exactly the suffix stays, and a segment that is only a tail of the suffix
// is returned together with its trailing separators.
function basenameOf(path, suffix, rootEnd, isSep) {
  const len = path.length;
  let end = len;
  while (end > rootEnd && isSep(path.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > rootEnd && !isSep(path.charCodeAt(start - 1))) start--;
  if (suffix === undefined || suffix.length === 0 || suffix.length > len) {
    return path.slice(start, end);
  }
  if (suffix === path) return '';
  if (end === rootEnd) return path.slice(rootEnd);
  const base = path.slice(start, end);
  if (base.length < suffix.length) {
    return suffix.endsWith(base) ? path.slice(start) : base;
  }
  if (base.length > suffix.length && base.endsWith(suffix)) {
    return base.slice(0, base.length - suffix.length);
  }
  return base;
}

function extnameOf(path, rootEnd, isSep) {
  let end = path.length;
  while (end > rootEnd && isSep(path.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > rootEnd && !isSep(path.charCodeAt(start - 1))) start--;
  const seg = path.slice(start, end);
  const dot = segmentExtStart(seg);
  return dot === -1 ? '' : seg.slice(dot);
}

// Fill base/name/ext/dir of `ret` from path[rootEnd..]; ret.root is set by
// the caller and used as the directory when nothing else precedes the base.
function parseTail(path, rootEnd, ret, isSep) {
  // (Node quirk: a '..' right after a root parses as name '.', ext '.'.)
  let end = path.length;
  while (end > rootEnd && isSep(path.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > rootEnd && !isSep(path.charCodeAt(start - 1))) start--;
  const base = path.slice(start, end);
  ret.base = base;
  let dot = segmentExtStart(base);
  if (dot === -1 && base === '..' && rootEnd > 0 && start === rootEnd) dot = 1;
  if (dot === -1) {
    ret.name = base;
  } else {
    ret.name = base.slice(0, dot);
    ret.ext = base.slice(dot);
  }
  if (start > rootEnd) {
    ret.dir = path.slice(0, start - 1);
  } else {
    ret.dir = ret.root;
  }
}

posix._makeLong = posix.toNamespacedPath;

// ---------------------------------------------------------------------------
// Windows (filled in below)

const win32 = {
  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;

module.exports = process.platform === 'win32' ? win32 : posix;
