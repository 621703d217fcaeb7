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
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
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
  let res = '';
  let segments = 0; // in res
  let ups = 0; // leading '..' segments of res
  const len = path.length;
  let start = 0;
  for (let i = 0; i <= len; i++) {
    if (i < len && !isSep(path.charCodeAt(i))) continue;
    const n = i - start;
    if (n === 0 || (n === 1 && path.charCodeAt(start) === CHAR_DOT)) {
      // empty or '.'
    } else if (n === 2 && path.charCodeAt(start) === CHAR_DOT &&
               path.charCodeAt(start + 1) === CHAR_DOT) {
      if (segments > ups) {
        const cut = res.lastIndexOf(sep);
        res = cut === -1 ? '' : res.slice(0, cut);
        segments--;
      } else if (aboveRoot) {
        res = segments === 0 ? '..' : `${res}${sep}..`;
        segments++;
        ups++;
      }
    } else {
      const seg = path.slice(start, i);
      res = segments === 0 ? seg : `${res}${sep}${seg}`;
      segments++;
    }
    start = i + 1;
  }
  return res;
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

function matchesGlobImpl(path, pattern, windows) {
  checkString(path, 'path');
  checkString(pattern, 'pattern');
  return require('internal/glob_match').globMatch(path, pattern, windows);
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
    // Both are absolute and normalized ('/' or '/a/b'). Compare the text
    // after the leading '/' and remember the last common separator.
    const fromLen = from.length - 1;
    const toLen = to.length - 1;
    const n = Math.min(fromLen, toLen);
    let lastSep = -1;
    let i = 0;
    for (; i < n; i++) {
      const c = from.charCodeAt(i + 1);
      if (c !== to.charCodeAt(i + 1)) break;
      if (c === CHAR_SLASH) lastSep = i;
    }
    if (i === n) {
      if (toLen > n) {
        // `from` is an ancestor of `to` (or the root).
        if (to.charCodeAt(n + 1) === CHAR_SLASH) return to.slice(n + 2);
        if (n === 0) return to.slice(1);
      } else if (fromLen > n) {
        // `to` is an ancestor of `from` (or the root).
        if (from.charCodeAt(n + 1) === CHAR_SLASH) lastSep = n;
        else if (n === 0) lastSep = 0;
      }
    }
    // One '..' per segment of `from` after the common part.
    let out = '';
    for (let k = lastSep + 1; k <= fromLen; k++) {
      if (k === fromLen || from.charCodeAt(k + 1) === CHAR_SLASH) {
        out += out.length === 0 ? '..' : '/..';
      }
    }
    return `${out}${to.slice(lastSep + 1)}`;
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
  let dot = -1;
  let start = end;
  while (start > rootEnd) {
    const c = path.charCodeAt(start - 1);
    if (isSep(c)) break;
    if (c === CHAR_DOT && dot === -1) dot = start - 1;
    start--;
  }
  // No dot, a leading dot ('.bashrc') or the segment '..': no extension.
  if (dot <= start ||
      (end === start + 2 && dot === start + 1 && path.charCodeAt(start) === CHAR_DOT)) {
    return '';
  }
  return path.slice(dot, end);
}

// Fill base/name/ext/dir of `ret` from path[rootEnd..]; ret.root is set by
// the caller and used as the directory when nothing else precedes the base.
function parseTail(path, rootEnd, ret, isSep) {
  let end = path.length;
  while (end > rootEnd && isSep(path.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > rootEnd && !isSep(path.charCodeAt(start - 1))) start--;
  const base = path.slice(start, end);
  ret.base = base;
  let dot = segmentExtStart(base);
  // Node quirk (posix only): '/..' parses as name '.', ext '.'.
  if (dot === -1 && base === '..' && start === 1 && isSep === isPosixSep) dot = 1;
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
// Windows

// The root of a Windows path: `device` is 'C:' for a drive, '\\server\share'
// for a UNC root (any mix of / and \ accepted), '' otherwise; `end` is the
// index after the root; `absolute` when the root ends with a separator.
// With `dosDevices`, '\\.\' and '\\?\' prefixes are a device of their own
// ('\\.' / '\\?'), which normalize() and resolve() do and the others do not.
function winRoot(path, dosDevices) {
  const len = path.length;
  const root = { device: '', end: 0, absolute: false, uncOnly: false };
  if (len === 0) return root;
  const c0 = path.charCodeAt(0);
  if (isWinSep(c0)) {
    root.absolute = true;
    root.end = 1;
    if (len > 1 && isWinSep(path.charCodeAt(1))) {
      let j = 2;
      while (j < len && !isWinSep(path.charCodeAt(j))) j++;
      if (j < len && j > 2) {
        const server = path.slice(2, j);
        let k = j;
        while (k < len && isWinSep(path.charCodeAt(k))) k++;
        if (k < len) {
          if (dosDevices && (server === '.' || server === '?')) {
            root.device = `\\\\${server}`;
            root.end = 4;
          } else {
            let m = k;
            while (m < len && !isWinSep(path.charCodeAt(m))) m++;
            root.device = `\\\\${server}\\${path.slice(k, m)}`;
            root.end = m;
            root.uncOnly = m === len;
          }
        }
      }
    }
  } else if (len > 1 && isLetter(c0) && path.charCodeAt(1) === CHAR_COLON) {
    root.device = path.slice(0, 2);
    root.end = 2;
    if (len > 2 && isWinSep(path.charCodeAt(2))) {
      root.absolute = true;
      root.end = 3;
    }
  }
  return root;
}

// Reserved DOS device names (CON, PRN, AUX, NUL, COM1-9, LPT1-9 and the
// superscript-digit forms), case-insensitively.
function isReservedName(name) {
  const upper = name.toUpperCase();
  if (upper === 'CON' || upper === 'PRN' || upper === 'AUX' || upper === 'NUL') return true;
  if (upper.length !== 4) return false;
  const head = upper.slice(0, 3);
  if (head !== 'COM' && head !== 'LPT') return false;
  const d = upper.charCodeAt(3);
  return (d >= 49 && d <= 57) || d === 0xb9 || d === 0xb2 || d === 0xb3;
}

// Whether the text before the first ':' of `part` is a reserved device name.
function startsWithReservedDevice(part) {
  const colon = part.indexOf(':');
  return colon !== -1 && isReservedName(part.slice(0, colon));
}

const win32 = {
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let p;
      if (i >= 0) {
        p = args[i];
        checkString(p, `paths[${i}]`);
        if (p.length === 0) continue;
      } else if (device.length === 0) {
        p = process.cwd();
      } else {
        // The current directory of that drive, if the environment knows it.
        p = process.env[`=${device}`] || process.cwd();
        if (p === undefined ||
            (p.slice(0, 2).toLowerCase() !== device.toLowerCase() &&
             p.charCodeAt(2) === CHAR_BACKSLASH)) {
          p = `${device}\\`;
        }
      }
      const root = winRoot(p, true);
      if (root.device.length > 0) {
        if (device.length === 0) {
          device = root.device;
        } else if (root.device.toLowerCase() !== device.toLowerCase()) {
          continue; // another drive: irrelevant
        }
      }
      if (absolute) {
        if (device.length > 0) break;
      } else {
        tail = `${p.slice(root.end)}\\${tail}`;
        absolute = root.absolute;
        if (absolute && device.length > 0) break;
      }
    }
    tail = collapse(tail, !absolute, '\\', isWinSep);
    if (absolute) return `${device}\\${tail}`;
    return `${device}${tail}` || '.';
  },

  normalize(path) {
    checkString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? '\\' : path;
    const trailing = isWinSep(path.charCodeAt(len - 1));
    // 'CON:x' and the like: keep the device name from turning into a drive.
    // (Without a colon, Node 22 tests the path minus its last character.)
    const colon = path.indexOf(':');
    if (isReservedName(colon === -1 ? path.slice(0, -1) : path.slice(0, colon))) {
      let rest = collapse(path.slice(colon + 1), true, '\\', isWinSep);
      if (rest.length === 0) rest = '.';
      if (trailing) rest += '\\';
      return `.\\${path.slice(0, colon + 1)}${rest}`;
    }
    // '\\.\CON:x' (or '\\?\CON:x'): a device path to a reserved name.
    if (len > 4 && isWinSep(path.charCodeAt(0)) && isWinSep(path.charCodeAt(1)) &&
        (path.charCodeAt(2) === CHAR_DOT || path.charCodeAt(2) === CHAR_QUESTION) &&
        isWinSep(path.charCodeAt(3))) {
      const c = path.indexOf(':', 4);
      if (c !== -1 && isReservedName(path.slice(4, c))) {
        let rest = collapse(path.slice(c + 1), false, '\\', isWinSep);
        if (rest.length > 0 && trailing) rest += '\\';
        return `\\\\?\\${path.slice(4, c + 1)}\\${rest}`;
      }
    }
    const root = winRoot(path, true);
    let tail = root.end < len ?
      collapse(path.slice(root.end), !root.absolute, '\\', isWinSep) : '';
    if (tail.length === 0 && !root.absolute) tail = '.';
    if (tail.length > 0 && trailing) tail += '\\';
    if (!root.absolute && root.device.length === 0 && path.includes(':')) {
      // A relative path must not normalize into something Windows reads
      // as a drive ('C:...') or an alternate data stream root ('x:\').
      if (tail.length >= 2 && isLetter(tail.charCodeAt(0)) &&
          tail.charCodeAt(1) === CHAR_COLON) {
        return `.\\${tail}`;
      }
      for (let i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
        if (i === len - 1 || isWinSep(path.charCodeAt(i + 1))) return `.\\${tail}`;
      }
    }
    if (root.device.length === 0) return root.absolute ? `\\${tail}` : tail;
    return root.absolute ? `${root.device}\\${tail}` : `${root.device}${tail}`;
  },

  isAbsolute(path) {
    checkString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const c0 = path.charCodeAt(0);
    return isWinSep(c0) ||
      (len > 2 && isLetter(c0) && path.charCodeAt(1) === CHAR_COLON &&
       isWinSep(path.charCodeAt(2)));
  },

  join(...args) {
    let joined;
    let first;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      checkString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) {
          joined = first = arg;
        } else {
          joined += `\\${arg}`;
        }
      }
    }
    if (joined === undefined) return '.';
    // Only a first argument that itself starts a UNC root ('\\server') may
    // produce one; any other run of leading separators becomes one.
    const uncFirst = first.length > 2 && isWinSep(first.charCodeAt(0)) &&
      isWinSep(first.charCodeAt(1)) && !isWinSep(first.charCodeAt(2));
    if (!uncFirst) {
      let n = 0;
      while (n < joined.length && isWinSep(joined.charCodeAt(n))) n++;
      if (n >= 2) joined = `\\${joined.slice(n)}`;
    }
    // A segment that starts with a reserved device name and a colon is left
    // alone: the joined path is returned without normalization.
    const segments = joined.split('\\');
    for (let i = 0; i < segments.length; i++) {
      if (startsWithReservedDevice(segments[i])) return joined.replace(/\//g, '\\');
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    checkString(from, 'from');
    checkString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    if (fromOrig.toLowerCase() === toOrig.toLowerCase()) return '';
    // Node compares the two resolved paths character by character
    // (case-insensitively), ignoring leading backslashes and trailing ones,
    // and measures the common part up to its last shared backslash.
    const f = fromOrig.toLowerCase();
    const t = toOrig.toLowerCase();
    if (f.length !== fromOrig.length || t.length !== toOrig.length) {
      return relativeBySegments(fromOrig, toOrig);
    }
    let fromStart = 0;
    while (fromStart < f.length && f.charCodeAt(fromStart) === CHAR_BACKSLASH) fromStart++;
    let fromEnd = f.length;
    while (fromEnd - 1 > fromStart && f.charCodeAt(fromEnd - 1) === CHAR_BACKSLASH) fromEnd--;
    let toStart = 0;
    while (toStart < t.length && t.charCodeAt(toStart) === CHAR_BACKSLASH) toStart++;
    let toEnd = t.length;
    while (toEnd - 1 > toStart && t.charCodeAt(toEnd - 1) === CHAR_BACKSLASH) toEnd--;
    const fromLen = fromEnd - fromStart;
    const toLen = toEnd - toStart;
    const n = Math.min(fromLen, toLen);
    let i = 0;
    let lastSep = -1;
    for (; i < n; i++) {
      const c = f.charCodeAt(fromStart + i);
      if (c !== t.charCodeAt(toStart + i)) break;
      if (c === CHAR_BACKSLASH) lastSep = i;
    }
    if (i !== n) {
      if (lastSep === -1) return toOrig;
    } else {
      if (toLen > n) {
        // `from` is a prefix of `to`.
        if (t.charCodeAt(toStart + i) === CHAR_BACKSLASH) return toOrig.slice(toStart + i + 1);
        if (i === 2) return toOrig.slice(toStart + i); // 'C:' vs 'C:foo'
      }
      if (fromLen > n) {
        if (f.charCodeAt(fromStart + i) === CHAR_BACKSLASH) lastSep = i;
        else if (i === 2) lastSep = 3;
      }
      if (lastSep === -1) lastSep = 0;
    }
    // One '..' per remaining segment of `from`.
    let out = '';
    for (let k = fromStart + lastSep + 1; k <= fromEnd; k++) {
      if (k === fromEnd || f.charCodeAt(k) === CHAR_BACKSLASH) {
        out += out.length === 0 ? '..' : '\\..';
      }
    }
    toStart += lastSep;
    if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
    if (toOrig.charCodeAt(toStart) === CHAR_BACKSLASH) toStart++;
    return toOrig.slice(toStart, toEnd);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.charCodeAt(0) === CHAR_BACKSLASH) {
      if (resolved.charCodeAt(1) === CHAR_BACKSLASH) {
        const c = resolved.charCodeAt(2);
        if (c !== CHAR_QUESTION && c !== CHAR_DOT) return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
    } else if (isLetter(resolved.charCodeAt(0)) &&
               resolved.charCodeAt(1) === CHAR_COLON &&
               resolved.charCodeAt(2) === CHAR_BACKSLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    checkString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? path : '.';
    const root = winRoot(path, false);
    if (root.uncOnly) return path;
    let rootEnd = root.end;
    if (root.device.length > 2 && rootEnd < len) rootEnd++; // '\\srv\share\'
    // Skip trailing separators, then the last segment; the separator found
    // before it ends the directory part.
    let i = len - 1;
    while (i >= rootEnd && isWinSep(path.charCodeAt(i))) i--;
    while (i >= rootEnd && !isWinSep(path.charCodeAt(i))) i--;
    if (i < rootEnd) return rootEnd === 0 ? '.' : path.slice(0, rootEnd);
    return path.slice(0, i);
  },

  basename(path, suffix) {
    if (suffix !== undefined) checkString(suffix, 'suffix');
    checkString(path, 'path');
    return basenameOf(path, suffix, driveEnd(path), isWinSep);
  },

  extname(path) {
    checkString(path, 'path');
    return extnameOf(path, driveEnd(path), isWinSep);
  },

  format: _format.bind(null, '\\'),

  parse(path) {
    checkString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    const root = winRoot(path, false);
    let rootEnd = root.end;
    if (root.device.length > 2 && rootEnd < len) rootEnd++;
    ret.root = path.slice(0, rootEnd);
    if (rootEnd === len) {
      ret.dir = ret.root;
      return ret;
    }
    parseTail(path, rootEnd, ret, isWinSep);
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlobImpl(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

// win32.relative() for paths whose lower-case form has another length (such
// as 'I' with a dot above): Node compares whole backslash-separated segments.
function relativeBySegments(fromOrig, toOrig) {
  const fromParts = fromOrig.split('\\');
  const toParts = toOrig.split('\\');
  if (fromParts[fromParts.length - 1] === '') fromParts.pop();
  if (toParts[toParts.length - 1] === '') toParts.pop();
  const n = Math.min(fromParts.length, toParts.length);
  let i = 0;
  while (i < n && fromParts[i].toLowerCase() === toParts[i].toLowerCase()) i++;
  if (i === 0) return toOrig;
  if (i === n) {
    if (toParts.length > n) return toParts.slice(i).join('\\');
    if (fromParts.length > n) return `${'..\\'.repeat(fromParts.length - 1 - i)}..`;
    return '';
  }
  return '..\\'.repeat(fromParts.length - i) + toParts.slice(i).join('\\');
}

// 2 when the path starts with a drive letter and a colon, else 0.
function driveEnd(path) {
  return path.length >= 2 && isLetter(path.charCodeAt(0)) &&
    path.charCodeAt(1) === CHAR_COLON ? 2 : 0;
}

win32._makeLong = win32.toNamespacedPath;

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;

module.exports = process.platform === 'win32' ? win32 : posix;
