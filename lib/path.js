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
  return globMatch(path, pattern, windows);
}

// ---------------------------------------------------------------------------
// Glob matching for matchesGlob(): brace expansion ({a,b}, {1..9}, {a..z}),
// '*', '?', '[...]' classes (with POSIX [:name:] classes), extglobs
// @() *() +() ?() !(), '**' across segments. Backslashes are separators,
// never escapes; a leading '!' or '#' is literal; wildcards do not match a
// leading '.' of a segment, nor '.' / '..' segments. '.' segments and
// 'name/..' pairs inside both path and pattern are folded away first.

function globMatch(path, pattern, windows) {
  pattern = pattern.replace(/\\/g, '/');
  if (windows) path = path.replace(/\\/g, '/');
  if (pattern === '') return path === '';
  const file = foldSegments(splitSegments(path, windows));
  for (const expanded of expandBraces(pattern, true)) {
    const parts = foldSegments(splitSegments(expanded, windows));
    const compiled = [];
    for (const part of parts) {
      if (part === '**') {
        if (compiled[compiled.length - 1] !== GLOBSTAR) compiled.push(GLOBSTAR);
      } else {
        compiled.push(compileSegment(part));
      }
    }
    if (matchSegments(file, 0, compiled, 0, windows)) return true;
  }
  return false;
}

const GLOBSTAR = Symbol('globstar');

// Split on runs of slashes; on Windows a leading '//server' keeps both
// empty segments of its UNC prefix.
function splitSegments(str, windows) {
  const parts = str.split(/\/+/);
  if (windows && /^\/\/[^/]/.test(str)) parts.unshift('');
  return parts;
}

// Drop '.' and empty segments that are neither first nor last, and fold
// 'name/..' (name not '', '.', '..' or '**'), until nothing changes.
function foldSegments(parts) {
  let changed;
  do {
    changed = false;
    for (let i = 1; i < parts.length - 1; i++) {
      if (i === 1 && parts[0] === '' && parts[1] === '') continue;
      if (parts[i] === '.' || parts[i] === '') {
        parts.splice(i, 1);
        i--;
        changed = true;
      }
    }
    if (parts.length === 2 && parts[0] === '.' && (parts[1] === '.' || parts[1] === '')) {
      parts.pop();
      changed = true;
    }
    for (let i = 1; i < parts.length; i++) {
      if (parts[i] !== '..') continue;
      const prev = parts[i - 1];
      if (prev && prev !== '.' && prev !== '..' && prev !== '**') {
        parts.splice(i - 1, 2);
        i -= 2;
        if (i < 0) i = 0;
        changed = true;
      }
    }
  } while (changed);
  return parts.length === 0 ? [''] : parts;
}

function isDotSegment(s) {
  return s === '.' || s === '..';
}

function matchSegments(file, fi, pattern, pi, windows) {
  while (fi < file.length && pi < pattern.length) {
    const p = pattern[pi];
    if (p === GLOBSTAR) {
      if (pi === pattern.length - 1) {
        // Trailing '**': everything left, except hidden or dot segments.
        for (; fi < file.length; fi++) {
          const f = file[fi];
          if (isDotSegment(f) || f[0] === '.') return false;
        }
        return true;
      }
      for (let k = fi; k < file.length; k++) {
        if (matchSegments(file, k, pattern, pi + 1, windows)) return true;
        const f = file[k];
        if (isDotSegment(f) || f[0] === '.') return false;
      }
      return false;
    }
    const f = file[fi];
    if (!p.test(f, windows && fi === 0 && pi === 0)) return false;
    fi++;
    pi++;
  }
  if (fi === file.length && pi === pattern.length) return true;
  if (fi === file.length) return false;
  // Only a trailing slash of the path may be left over.
  return fi === file.length - 1 && file[fi] === '';
}

// Brace expansion; at the top level empty results are dropped.
function expandBraces(str, top) {
  const open = findBraceOpen(str);
  if (open === -1) return [str];
  const close = findBraceClose(str, open);
  if (close === -1) {
    // No closing brace for this one: keep it literal, expand the rest.
    return expandBraces(str.slice(open + 1), false).map((rest) => str.slice(0, open + 1) + rest)
      .filter((s) => !top || s !== '');
  }
  const pre = str.slice(0, open);
  const body = str.slice(open + 1, close);
  const posts = expandBraces(str.slice(close + 1), false);
  let items = braceSequence(body);
  let sequence = items !== null;
  if (!sequence) {
    const alts = splitTopLevel(body, ',');
    if (alts.length < 2) {
      // '{a}' is literal text, but braces inside it still expand.
      return expandBraces(body, false).flatMap((b) => posts.map((post) => `${pre}{${b}}${post}`))
        .filter((s) => !top || s !== '');
    }
    items = alts.flatMap((alt) => expandBraces(alt, false));
  }
  const out = [];
  for (const item of items) {
    for (const post of posts) {
      const s = pre + item + post;
      if (!top || sequence || s !== '') out.push(s);
    }
  }
  return out;
}

function findBraceOpen(str) {
  for (let i = 0; i < str.length; i++) {
    if (str[i] === '{' && findBraceClose(str, i) !== -1) return i;
  }
  return -1;
}

function findBraceClose(str, open) {
  let depth = 0;
  for (let i = open; i < str.length; i++) {
    if (str[i] === '{') depth++;
    else if (str[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(str, sep) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str[i];
    if (c === '{' || c === '(') depth++;
    else if ((c === '}' || c === ')') && depth > 0) depth--;
    else if (c === sep && depth === 0) {
      parts.push(str.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(str.slice(start));
  return parts;
}

// '1..5', '01..10', '1..10..2', 'a..e' -> the list, else null.
function braceSequence(body) {
  let m = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    let step = m[3] === undefined ? 1 : Math.abs(Number(m[3])) || 1;
    const padded = /^-?0\d/.test(m[1]) || /^-?0\d/.test(m[2]);
    const width = Math.max(m[1].length, m[2].length);
    const out = [];
    const up = a <= b;
    for (let v = a; up ? v <= b : v >= b; v += up ? step : -step) {
      let t = String(Math.abs(v));
      if (padded) {
        const need = width - (v < 0 ? 1 : 0);
        t = t.padStart(need, '0');
      }
      out.push(v < 0 ? `-${t}` : t);
    }
    return out;
  }
  m = /^([a-zA-Z])\.\.([a-zA-Z])(?:\.\.(-?\d+))?$/.exec(body);
  if (m) {
    const a = m[1].charCodeAt(0);
    const b = m[2].charCodeAt(0);
    const step = m[3] === undefined ? 1 : Math.abs(Number(m[3])) || 1;
    const out = [];
    const up = a <= b;
    for (let v = a; up ? v <= b : v >= b; v += up ? step : -step) {
      const c = String.fromCharCode(v);
      out.push(c === '\\' ? '' : c);
    }
    return out;
  }
  return null;
}

const POSIX_CLASSES = {
  alnum: '\\p{L}\\p{Nl}\\p{Nd}',
  alpha: '\\p{L}\\p{Nl}',
  ascii: '\\x00-\\x7f',
  blank: '\\p{Zs}\\t',
  cntrl: '\\p{Cc}',
  digit: '\\p{Nd}',
  graph: '\\p{Z}\\p{C}',
  lower: '\\p{Ll}',
  print: '\\p{C}',
  punct: '\\p{P}',
  space: '\\p{Z}\\t\\r\\n\\v\\f',
  upper: '\\p{Lu}',
  word: '\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}',
  xdigit: 'A-Fa-f0-9',
};
// Classes written as the complement of the listed set.
const NEGATED_POSIX = { graph: true, print: true };

// Escapes for a 'u'-flag regular expression, outside and inside [...].
function escapeRegExp(s) {
  return s.replace(/[[\]{}()*+?.\\^$|/]/g, '\\$&');
}

function escapeClass(s) {
  return s.replace(/[-[\]\\^/]/g, '\\$&');
}

// One path segment of a pattern: a literal or a regular expression.
function compileSegment(seg) {
  const parsed = parseGlob(seg, 0, null);
  if (!parsed.magic) {
    const lit = parsed.lit;
    return {
      test(f, drive) {
        return f === lit || (drive && isDriveSegment(f) && f.toLowerCase() === lit.toLowerCase());
      },
    };
  }
  let src = parsed.src;
  let noDotSegments = false;
  const c0 = seg[0];
  const extglob = seg[1] === '(' && '@*+?!'.includes(c0) && parsed.firstIsExtglob;
  if (parsed.lit[0] === '.' && parsed.litPrefix) {
    // Starts with a literal dot: anything but '.' and '..' (unless the
    // first wildcard is an extglob).
    noDotSegments = !parsed.firstMagicIsExtglob;
  } else if (extglob) {
    if (c0 === '!') src = `(?!\\.)${src}`;
  } else if (c0 === '*' || c0 === '?') {
    // Wildcards at the start match no leading dot, nor (without any
    // extglob in the segment) nothing.
    src = parsed.hasExtglob ? `(?!\\.)${src}` : `(?!\\.)(?=.)${src}`;
  } else if (c0 === '[' && parsed.firstIsClass) {
    src = `(?!\\.)${src}`;
  }
  const re = new RegExp(`^${src}$`, 'u');
  return {
    test(f) {
      return !(noDotSegments && isDotSegment(f)) && re.test(f);
    },
  };
}

function isDriveSegment(f) {
  return f.length === 2 && isLetter(f.charCodeAt(0)) && f.charCodeAt(1) === CHAR_COLON;
}

// Turn glob text into regular-expression source, from `i` until `stop`
// (the closing ')' of an extglob, also ending an alternative at '|').
// `lit` is the literal text while no wildcard has been seen.
function parseGlob(str, i, stop) {
  const start = i;
  let src = '';
  let lit = '';
  let magic = false;
  let firstIsExtglob = false;
  let firstIsClass = false;
  let hasExtglob = false;
  let firstMagicIsExtglob = false;
  let openBracket = false;
  while (i < str.length) {
    const c = str[i];
    if (stop !== null && (c === ')' || c === '|')) break;
    if (!openBracket && (c === '@' || c === '*' || c === '+' || c === '?' || c === '!') &&
        str[i + 1] === '(') {
      const ext = str[i + 2] === ')' ? { alts: [], end: i + 3 } : parseExtglob(str, i + 2);
      if (ext !== null && ext.alts.length === 0 && c !== '!') {
        // '@()', '*()', '+()', '?()' are literal text.
        src += escapeRegExp(str.slice(i, i + 3));
        if (!magic) lit += str.slice(i, i + 3);
        i += 3;
        continue;
      }
      if (ext !== null && ext.alts.length === 0) {
        // '!()': anything but nothing.
        if (i === start) firstIsExtglob = true;
        if (!magic) firstMagicIsExtglob = true;
        magic = true;
        hasExtglob = true;
        src += '(?:(?!$)[^/]*?)';
        i = ext.end;
        continue;
      }
      if (ext !== null) {
        hasExtglob = true;
        if (!magic) firstMagicIsExtglob = true;
        if (i === start) firstIsExtglob = true;
        magic = true;
        const alts = `(?:${ext.alts.join('|')})`;
        if (c === '@') src += alts;
        else if (c === '*') src += `${alts}*`;
        else if (c === '+') src += `${alts}+`;
        else if (c === '?') src += `${alts}?`;
        else {
          const rest = parseGlob(str, ext.end, stop);
          // In the look-ahead a '*' right after the negation matches at
          // least one character.
          const starNext = str[ext.end] === '*' && str[ext.end + 1] !== '(';
          src += `(?:(?!${alts}${starNext ? '(?=.)' : ''}${rest.src}$)[^/]*?)`;
          // The rest is matched after the negated part.
          return { src: src + rest.src, lit, litPrefix: lit.length > 0, magic: true,
                   firstIsExtglob, firstIsClass, firstMagicIsExtglob, hasExtglob: true,
                   end: rest.end };
        }
        i = ext.end;
        continue;
      }
    }
    if (c === '*') {
      magic = true;
      src += '[^/]*?';
      while (str[i + 1] === '*' && str[i + 2] !== '(') i++;
    } else if (c === '?') {
      magic = true;
      src += '[^/]';
    } else if (c === '[') {
      const cls = parseClass(str, i);
      if (cls === null) {
        // An unterminated '[' is literal, and turns off extglobs after it.
        openBracket = true;
        src += '\\[';
        if (!magic) lit += c;
      } else if (cls.literal !== undefined) {
        // '[x]' is just 'x'.
        src += escapeRegExp(cls.literal);
        if (!magic) lit += cls.literal;
        i = cls.end - 1;
      } else {
        if (i === start) firstIsClass = true;
        magic = true;
        src += cls.src;
        i = cls.end - 1;
      }
    } else {
      src += escapeRegExp(c);
      if (!magic) lit += c;
    }
    i++;
  }
  return { src, lit, litPrefix: lit.length > 0, magic, firstIsExtglob, firstIsClass,
           firstMagicIsExtglob, hasExtglob, end: i };
}

// After '<c>(' at index i: the alternatives up to the matching ')'.
function parseExtglob(str, i) {
  const alts = [];
  for (;;) {
    const part = parseGlob(str, i, ')');
    alts.push(part.src);
    i = part.end;
    if (i >= str.length) return null;
    if (str[i] === ')') return { alts, end: i + 1 };
    i++; // '|'
  }
}

// A bracket expression starting at str[i] === '['; null when unterminated.
function parseClass(str, i) {
  let j = i + 1;
  let negate = false;
  if (str[j] === '!' || str[j] === '^') {
    negate = true;
    j++;
  }
  let body = '';
  let negBody = '';
  let first = true;
  let single;
  while (j < str.length) {
    const c = str[j];
    if (c === ']' && !first) {
      let src;
      if (negBody !== '') {
        src = body === '' ? `[^${negBody}]` : `(?:[${body}]|[^${negBody}])`;
        if (negate) src = `(?!${src})[^/]`;
      } else if (body === '') {
        return null;
      } else if (!negate && single !== undefined && body === escapeClass(single)) {
        return { literal: single, end: j + 1 };
      } else {
        src = negate ? `[^/${body}]` : `[${body}]`;
      }
      return { src, end: j + 1 };
    }
    first = false;
    if (c === '[' && str[j + 1] === ':') {
      const close = str.indexOf(':]', j + 2);
      if (close !== -1) {
        const name = str.slice(j + 2, close);
        const set = POSIX_CLASSES[name];
        if (set !== undefined) {
          if (NEGATED_POSIX[name]) negBody += set;
          else body += set;
          j = close + 2;
          continue;
        }
      }
    }
    if (str[j + 1] === '-' && str[j + 2] !== undefined && str[j + 2] !== ']') {
      const lo = c.codePointAt(0);
      const hi = str[j + 2].codePointAt(0);
      if (lo <= hi) body += `${escapeClass(c)}-${escapeClass(str[j + 2])}`;
      j += 3;
      continue;
    }
    single = body === '' ? c : undefined;
    body += escapeClass(c);
    j++;
  }
  return null;
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
