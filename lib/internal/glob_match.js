'use strict';
// The glob matcher behind path.matchesGlob() and fs.glob() (lib/internal/fs/glob.js).

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
  return /^[A-Za-z]:$/.test(f);
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
// Patterns for fs.glob: each brace expansion split into segments and simplified as node's
// matcher does before walking (its "optimization level 2"), then compiled segment by segment.

// The segment lists of a pattern: distinct brace expansions, split on runs of '/', simplified.
function globParts(pattern) {
  pattern = pattern.replace(/\\/g, '/');
  if (pattern === '') return [];
  const expansions = /\{(?:(?!\{).)*\}/.test(pattern) ? expandBraces(pattern, true) : [pattern];
  const lists = [...new Set(expansions)].map((s) => s.split(/\/+/));
  return mergeAlternatives(simplifyParts(lists));
}

function isPlainName(p) {
  return p !== undefined && p !== '' && p !== '.' && p !== '..';
}

// Rewrite each list in place until nothing changes; a list that meets '**/..' followed by two
// plain names splits in two, the second appended to `lists` (and simplified in turn).
function simplifyParts(lists) {
  let changed;
  do {
    changed = false;
    for (let li = 0; li < lists.length; li++) {
      const parts = lists[li];
      for (let gs = parts.indexOf('**'); gs !== -1; gs = parts.indexOf('**', gs + 1)) {
        let run = 0;
        while (parts[gs + 1 + run] === '**') run++;
        if (run > 0) parts.splice(gs + 1, run);
        if (parts[gs + 1] !== '..' || !isPlainName(parts[gs + 2]) || !isPlainName(parts[gs + 3])) {
          continue;
        }
        // x/**/../p/q: either x/../p/q or x/**/p/q.
        changed = true;
        parts.splice(gs, 1);
        const other = parts.slice();
        other[gs] = '**';
        lists.push(other);
        gs--;
      }
      // Inner '.' and empty segments go (not the empty second one of a '//' start).
      for (let i = 1; i < parts.length - 1; i++) {
        if (parts[i] !== '.' && parts[i] !== '') continue;
        if (i === 1 && parts[i] === '' && parts[0] === '') continue;
        parts.splice(i--, 1);
        changed = true;
      }
      if (parts.length === 2 && parts[0] === '.' && (parts[1] === '.' || parts[1] === '')) {
        parts.pop();
        changed = true;
      }
      // name/.. folds away; a leading 'name/../**' keeps a '.'.
      for (let dd = parts.indexOf('..', 1); dd !== -1; dd = parts.indexOf('..', dd + 1)) {
        const prev = parts[dd - 1];
        if (!prev || prev === '.' || prev === '..' || prev === '**') continue;
        changed = true;
        if (dd === 1 && parts[dd + 1] === '**') parts.splice(0, 2, '.');
        else parts.splice(dd - 1, 2);
        if (parts.length === 0) parts.push('');
        dd -= 2;
      }
    }
  } while (changed);
  return lists;
}

// Two lists that differ only where one has '*' (and the other a name not starting with '.'),
// or where one has an extra '**', become one.
function mergeAlternatives(lists) {
  for (let i = 0; i < lists.length - 1; i++) {
    for (let j = i + 1; j < lists.length; j++) {
      const merged = mergeTwo(lists[i], lists[j]);
      if (merged) {
        lists[i] = [];
        lists[j] = merged;
        break;
      }
    }
  }
  return lists.filter((l) => l.length > 0);
}

function mergeTwo(a, b) {
  const out = [];
  let ai = 0;
  let bi = 0;
  let starFrom = '';
  const wild = (x) => x && !x.startsWith('.') && x !== '**';
  while (ai < a.length && bi < b.length) {
    const x = a[ai];
    const y = b[bi];
    if (x === y) {
      out.push(x);
      ai++;
      bi++;
    } else if (x === '**' && y === a[ai + 1]) {
      out.push(x);
      ai++;
    } else if (y === '**' && x === b[bi + 1]) {
      out.push(y);
      bi++;
    } else if (x === '*' && wild(y) && starFrom !== 'b') {
      starFrom = 'a';
      out.push(x);
      ai++;
      bi++;
    } else if (y === '*' && wild(x) && starFrom !== 'a') {
      starFrom = 'b';
      out.push(y);
      ai++;
      bi++;
    } else {
      return false;
    }
  }
  return a.length === b.length && out;
}

// A segment for the walker: GLOBSTAR, a literal string, or an object with test(name).
function globSegment(seg) {
  if (seg === '**') return GLOBSTAR;
  if (seg === '') return '';
  const parsed = parseGlob(seg, 0, null);
  if (!parsed.magic) return parsed.lit;
  return compileSegment(seg);
}

module.exports = {
  globParts, globSegment,
  globMatch, expandBraces, splitSegments, foldSegments, compileSegment, matchSegments,
  isDotSegment, GLOBSTAR,
};
