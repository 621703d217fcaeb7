'use strict';
// A small static scanner for the named exports of a CommonJS module, used when ESM imports it.
// Like Node, it never runs the code: it looks for the export shapes bundlers and hand-written
// modules use, anywhere in the source (comments, strings, template literals and regular
// expression literals are skipped):
//   exports.x = / exports['x'] = / module.exports.x = / module.exports['x'] =
//   Object.defineProperty(exports | module.exports, 'x', { value } or a getter returning a name)
//   Object.keys(_x).forEach(...) with _x = require('./y')   (Babel's re-export loop)
//   module.exports = { a, b: c, ...require('./y') }   (names up to the first other shape)
//   module.exports = require('./y')  and  __exportStar(require('./y'), exports)   (re-exports)
// Returns { exports: string[], reexports: string[] }.

const kIdentStart = /[A-Za-z_$\u00a0-\uffff]/;
const kIdentPart = /[A-Za-z0-9_$\u00a0-\uffff]/;
const kRegexPreceders = new Set([
  '(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '<', '>',
  '~', '^', '',
]);
const kRegexKeywords = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do',
  'else', 'yield', 'await',
]);

// Splits source into significant tokens: { t: 'id'|'str'|'punct'|'num', v, i }.
function tokenize(src) {
  const toks = [];
  const n = src.length;
  let i = 0;
  let prev = '';
  let prevTok = null;
  const templateDepth = [];
  while (i < n) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\ufeff' || c === '\u2028' ||
        c === '\u2029' || c === '\v' || c === '\f') {
      i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '/') {
      const e = src.indexOf('\n', i);
      i = e === -1 ? n : e;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const e = src.indexOf('*/', i + 2);
      i = e === -1 ? n : e + 2;
      continue;
    }
    if (c === '#' && i === 0 && src[1] === '!') {
      const e = src.indexOf('\n');
      i = e === -1 ? n : e;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      let v = '';
      while (j < n && src[j] !== c && src[j] !== '\n') {
        if (src[j] === '\\') {
          v += src[j + 1] ?? '';
          j += 2;
        } else {
          v += src[j++];
        }
      }
      prevTok = { t: 'str', v, i };
      toks.push(prevTok);
      prev = 'str';
      i = j + 1;
      continue;
    }
    if (c === '`' || (c === '}' && templateDepth.length > 0 &&
                      templateDepth[templateDepth.length - 1] === 0)) {
      if (c === '}') templateDepth.pop();
      let j = i + 1;
      let opened = false;
      while (j < n) {
        if (src[j] === '\\') {
          j += 2;
          continue;
        }
        if (src[j] === '`') {
          j++;
          break;
        }
        if (src[j] === '$' && src[j + 1] === '{') {
          j += 2;
          templateDepth.push(0);
          opened = true;
          break;
        }
        j++;
      }
      prevTok = { t: 'str', v: '', i, template: true };
      toks.push(prevTok);
      prev = opened ? '(' : 'str';
      i = j;
      continue;
    }
    if (c === '{' || c === '(' || c === '[') {
      if (templateDepth.length > 0) templateDepth[templateDepth.length - 1]++;
    } else if (c === '}' || c === ')' || c === ']') {
      if (templateDepth.length > 0) templateDepth[templateDepth.length - 1]--;
    }
    if (c === '/') {
      const isRegex = prev === 'kw' || (prev !== 'id' && prev !== 'num' && prev !== 'str' &&
                                        prev !== ')' && prev !== ']' && kRegexPreceders.has(prev));
      if (isRegex) {
        let j = i + 1;
        let inClass = false;
        while (j < n && src[j] !== '\n') {
          const d = src[j];
          if (d === '\\') { j += 2; continue; }
          if (d === '[') inClass = true;
          else if (d === ']') inClass = false;
          else if (d === '/' && !inClass) break;
          j++;
        }
        j++;
        while (j < n && kIdentPart.test(src[j])) j++;
        prevTok = { t: 'regex', v: '', i, end: j };
        toks.push(prevTok);
        prev = 'str';
        i = j;
        continue;
      }
    }
    if (kIdentStart.test(c)) {
      let j = i + 1;
      while (j < n && kIdentPart.test(src[j])) j++;
      const v = src.slice(i, j);
      const dotBefore = prevTok && prevTok.t === 'punct' && prevTok.v === '.';
      prevTok = { t: 'id', v, i };
      toks.push(prevTok);
      prev = kRegexKeywords.has(v) && !dotBefore ? 'kw' : 'id';
      i = j;
      continue;
    }
    if (c >= '0' && c <= '9') {
      let j = i + 1;
      while (j < n && /[0-9A-Za-z_.]/.test(src[j])) j++;
      prevTok = { t: 'num', v: src.slice(i, j), i };
      toks.push(prevTok);
      prev = 'num';
      i = j;
      continue;
    }
    if (c === '.' && src[i + 1] === '.' && src[i + 2] === '.') {
      prevTok = { t: 'punct', v: '...', i };
      toks.push(prevTok);
      prev = '...';
      i += 3;
      continue;
    }
    // '=' alone (not ==, =>), kept distinct from comparison operators
    if (c === '=') {
      if (src[i + 1] === '=' || src[i + 1] === '>') {
        const len = src[i + 1] === '=' && src[i + 2] === '=' ? 3 : 2;
        prevTok = { t: 'punct', v: src.slice(i, i + len), i };
        toks.push(prevTok);
        prev = '=';
        i += len;
        continue;
      }
    }
    prevTok = { t: 'punct', v: c, i };
    toks.push(prevTok);
    prev = c;
    i++;
  }
  return toks;
}

function isPunct(tok, v) {
  return tok !== undefined && tok.t === 'punct' && tok.v === v;
}
function isId(tok, v) {
  return tok !== undefined && tok.t === 'id' && (v === undefined || tok.v === v);
}

// `require ( 'x' )` at toks[k]: returns [specifier, next index] or null.
function readRequire(toks, k) {
  if (isId(toks[k], 'require') && isPunct(toks[k + 1], '(') && toks[k + 2]?.t === 'str' &&
      !toks[k + 2].template && isPunct(toks[k + 3], ')')) {
    return [toks[k + 2].v, k + 4];
  }
  return null;
}

// The third argument of Object.defineProperty(exports, 'x', ...) at toks[k]: node counts the
// name only for { [enumerable: true,] value: ... } or a getter returning an identifier or a member
// expression (`get: function () { return x; }`, `get() { return m.x }`: what SWC, TypeScript and
// Babel emit), never an arbitrary getter.
function isSafeDescriptor(toks, k) {
  if (!isPunct(toks[k], '{')) return false;
  let j = k + 1;
  if (isId(toks[j], 'enumerable') && isPunct(toks[j + 1], ':') && isId(toks[j + 2], 'true') &&
      isPunct(toks[j + 3], ',')) {
    j += 4;
  }
  if (isId(toks[j], 'value') && isPunct(toks[j + 1], ':')) return true;
  if (!isId(toks[j], 'get')) return false;
  j++;
  if (isPunct(toks[j], ':') && isId(toks[j + 1], 'function')) j += 2;
  if (!isPunct(toks[j], '(') || !isPunct(toks[j + 1], ')') || !isPunct(toks[j + 2], '{') ||
      !isId(toks[j + 3], 'return') || !isId(toks[j + 4])) {
    return false;
  }
  j += 5;
  for (;;) {
    if (isPunct(toks[j], '.') && isId(toks[j + 1])) {
      j += 2;
    } else if (isPunct(toks[j], '[') && toks[j + 1]?.t === 'str' && isPunct(toks[j + 2], ']')) {
      j += 3;
    } else {
      break;
    }
  }
  if (isPunct(toks[j], ';')) j++;
  return isPunct(toks[j], '}');
}

function parseCJS(source) {
  const toks = tokenize(source);
  const exports = new Set();
  const reexports = [];
  const requireBindings = new Map();
  // index after `exports` / `module.exports` starting at k, or -1
  const exportsRef = (k) => {
    if (isId(toks[k], 'exports') && !isPunct(toks[k - 1], '.')) return k + 1;
    if (isId(toks[k], 'module') && !isPunct(toks[k - 1], '.') && isPunct(toks[k + 1], '.') &&
        isId(toks[k + 2], 'exports')) {
      return k + 3;
    }
    return -1;
  };
  for (let k = 0; k < toks.length; k++) {
    const tok = toks[k];
    if (tok.t !== 'id') continue;
    // Object.defineProperty(exports, 'x', { value | safe getter })
    if (tok.v === 'Object' && isPunct(toks[k + 1], '.') && isId(toks[k + 2], 'defineProperty') &&
        isPunct(toks[k + 3], '(')) {
      const e = exportsRef(k + 4);
      if (e !== -1 && isPunct(toks[e], ',') && toks[e + 1]?.t === 'str' && !toks[e + 1].template &&
          isPunct(toks[e + 2], ',') && isSafeDescriptor(toks, e + 3)) {
        exports.add(toks[e + 1].v);
      }
      continue;
    }
    // Babel's re-export loop: Object.keys(_x).forEach(function (key) { ... }) where
    // _x = require('x') (possibly through an interop helper)
    if (tok.v === 'Object' && isPunct(toks[k + 1], '.') && isId(toks[k + 2], 'keys') &&
        isPunct(toks[k + 3], '(') && isId(toks[k + 4]) && isPunct(toks[k + 5], ')') &&
        isPunct(toks[k + 6], '.') && isId(toks[k + 7], 'forEach')) {
      const spec = requireBindings.get(toks[k + 4].v);
      if (spec !== undefined) reexports.push(spec);
      continue;
    }
    // var _x = require('x')  /  var _x = _interop(require('x'))
    if ((tok.v === 'var' || tok.v === 'let' || tok.v === 'const') && isId(toks[k + 1]) &&
        isPunct(toks[k + 2], '=')) {
      let r = readRequire(toks, k + 3);
      if (!r && isId(toks[k + 3]) && isPunct(toks[k + 4], '(')) r = readRequire(toks, k + 5);
      if (r) requireBindings.set(toks[k + 1].v, r[0]);
      continue;
    }
    // __exportStar(require('x'), exports) / __export(require('x'))
    if ((tok.v === '__exportStar' || tok.v === '__export') && isPunct(toks[k + 1], '(')) {
      const r = readRequire(toks, k + 2);
      if (r) reexports.push(r[0]);
      continue;
    }
    const e = exportsRef(k);
    if (e === -1) continue;
    const isModuleExports = tok.v === 'module';
    // .name = / ['name'] =
    if (isPunct(toks[e], '.') && isId(toks[e + 1]) && isPunct(toks[e + 2], '=')) {
      exports.add(toks[e + 1].v);
      continue;
    }
    if (isPunct(toks[e], '[') && toks[e + 1]?.t === 'str' && !toks[e + 1].template &&
        isPunct(toks[e + 2], ']') && isPunct(toks[e + 3], '=')) {
      exports.add(toks[e + 1].v);
      continue;
    }
    if (!isModuleExports || !isPunct(toks[e], '=')) continue;
    // module.exports = require('x')
    const r = readRequire(toks, e + 1);
    if (r) {
      reexports.length = 0;
      reexports.push(r[0]);
      continue;
    }
    // module.exports = { ... }
    if (isPunct(toks[e + 1], '{')) {
      let j = e + 2;
      for (;;) {
        const t = toks[j];
        if (t === undefined || isPunct(t, '}')) break;
        if (isPunct(t, '...')) {
          const rr = readRequire(toks, j + 1);
          if (!rr) break;
          reexports.push(rr[0]);
          j = rr[1];
        } else if (t.t === 'id') {
          // `name` or `name: identifier...` counts (as in node, `b: require('c')` does, then
          // ends the scan); `name: <anything else>` ends the scan without counting
          j += 1;
          if (isPunct(toks[j], ':')) {
            if (!isId(toks[j + 1])) break;
            j += 2;
          }
          exports.add(t.v);
        } else {
          break;
        }
        if (isPunct(toks[j], ',')) j++;
        else break;
      }
    }
  }
  return { exports: [...exports], reexports };
}

module.exports = { parseCJS, tokenize };
