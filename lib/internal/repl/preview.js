'use strict';
// The terminal REPL's previews, as node 22 shows them while you type: the rest of a unique
// completion in grey after the cursor, and below the line the value the input would have,
// when it can be computed without side effects. Without an inspector to tell us what has side
// effects, only a conservative subset is evaluated: literals, names, operators, member access
// through data properties, and calls to a few pure builtins.

const { scan } = require('internal/repl/tokens');
const { inspect } = require('internal/util/inspect');

const FORBIDDEN_NAMES = new Set([
  'new', 'delete', 'function', 'class', 'yield', 'await', 'import', 'var', 'let', 'const', 'if',
  'for', 'while', 'do', 'return', 'throw', 'try', 'with', 'switch', 'async', 'debugger', 'eval',
  'arguments', 'super', 'case', 'default', 'break', 'continue', 'else', 'finally', 'catch',
  'export', 'extends', 'static', 'get', 'set', 'of',
]);
const ALLOWED_PUNCT = new Set([
  '+', '-', '*', '/', '%', '**', '(', ')', '[', ']', '.', '?.', ',', '?', ':', '<', '>', '<=',
  '>=', '==', '!=', '===', '!==', '&&', '||', '??', '!', '~', '&', '|', '^', '<<', '>>', '>>>',
]);
const PURE_CALLS = new Set([
  'parseInt', 'parseFloat', 'isNaN', 'isFinite', 'Number.isInteger', 'Number.isFinite',
  'Number.isNaN', 'Number.isSafeInteger', 'Number.parseFloat', 'Number.parseInt',
  'Array.isArray', 'Object.is',
]);

// Methods of strings and numbers that only compute, called on a literal.
const PURE_STRING_METHODS = new Set([
  'at', 'charAt', 'charCodeAt', 'codePointAt', 'concat', 'endsWith', 'includes', 'indexOf',
  'lastIndexOf', 'normalize', 'padEnd', 'padStart', 'repeat', 'slice', 'startsWith',
  'substring', 'toLowerCase', 'toUpperCase', 'trim', 'trimEnd', 'trimStart', 'toFixed',
  'toPrecision', 'toString', 'split',
]);

const kLazyModule = Symbol.for('nodus.repl.lazyModule');

function isProxy(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  try {
    return internalBinding('util').getProxyDetails(value) !== undefined;
  } catch {
    return true;
  }
}

// The descriptor of `key` on `obj` or its prototypes.
function findDescriptor(obj, key) {
  let o = Object(obj);
  for (let i = 0; o !== null && i < 100; i++) {
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d !== undefined) return d;
    o = Object.getPrototypeOf(o);
  }
  return undefined;
}

// Checks that `code` only reads: returns false when it could run user code or change state.
function isSideEffectFree(code, evaluate) {
  const { tokens, incomplete } = scan(code);
  if (incomplete || tokens.length === 0) return false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (t.type === 'punct' && !ALLOWED_PUNCT.has(t.value) &&
        !(k > 0 && (t.value === '{' || t.value === '}'))) {
      return false;
    }
    if (t.type === 'regex') continue;
    if (t.type === 'tpl' && t.value.includes('${')) return false;
    if (t.type === 'name') {
      if (FORBIDDEN_NAMES.has(t.value)) return false;
      if (t.value.startsWith('#')) return false;
      if (prev && (prev.value === '.' || prev.value === '?.')) continue; // checked below
      // The REPL's lazily loaded builtin modules would be loaded by a look.
      const d = Object.getOwnPropertyDescriptor(globalThis, t.value);
      if (d !== undefined && d.get && d.get[kLazyModule]) return false;
    }
    if (t.value === '[' && prev && (prev.type === 'name' || prev.value === ')' ||
        prev.value === ']')) {
      return false; // computed member access
    }
    if (t.value === '(' && prev && (prev.type === 'name' || prev.value === ')' ||
        prev.value === ']' || prev.type === 'str' || prev.type === 'tpl')) {
      // A call: only to a known pure builtin, named directly.
      let start = k - 1;
      while (start >= 2 && tokens[start - 1].value === '.' && tokens[start - 2].type === 'name') {
        start -= 2;
      }
      const callee = tokens.slice(start, k).map((u) => u.value).join('');
      const onLiteral = k >= 3 && tokens[k - 2].value === '.' &&
        (tokens[k - 3].type === 'str' || tokens[k - 3].type === 'num') &&
        PURE_STRING_METHODS.has(tokens[k - 1].value);
      if (!(onLiteral || PURE_CALLS.has(callee) ||
            (/^Math\.\w+$/.test(callee) && callee !== 'Math.random'))) {
        return false;
      }
    }
  }
  // Member chains must go through data properties only (no getters, no proxies).
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.type !== 'name' || (tokens[k - 1] && (tokens[k - 1].value === '.' ||
        tokens[k - 1].value === '?.'))) {
      continue;
    }
    if (!(tokens[k + 1] && (tokens[k + 1].value === '.' || tokens[k + 1].value === '?.'))) {
      continue;
    }
    let value;
    try {
      value = evaluate(t.value);
    } catch {
      return false;
    }
    let j = k + 1;
    while (tokens[j] && (tokens[j].value === '.' || tokens[j].value === '?.') &&
           tokens[j + 1] && tokens[j + 1].type === 'name') {
      if (value === null || value === undefined) break;
      if (isProxy(value)) return false;
      const d = findDescriptor(value, tokens[j + 1].value);
      if (d === undefined) {
        value = undefined;
      } else if (d.get || d.set) {
        return false;
      } else {
        value = d.value;
      }
      j += 2;
    }
  }
  return true;
}

function inlineCompletion(server, line, evaluate) {
  // Completing `a.b.c` reads `a.b`: only when that cannot run code.
  const chain = /(?:[\p{L}_$][\p{L}\p{N}_$]*\??\.)+[\p{L}_$][\p{L}\p{N}_$]*$|(?:[\p{L}_$][\p{L}\p{N}_$]*\??\.)+$/u
    .exec(line);
  if (chain !== null) {
    const expr = chain[0].slice(0, chain[0].lastIndexOf('.')).replace(/\?$/, '');
    if (!isSideEffectFree(expr, evaluate)) return '';
  }
  let result;
  try {
    server.complete(line, (err, value) => {
      result = err ? undefined : value;
    });
  } catch {
    return '';
  }
  if (!Array.isArray(result) || !Array.isArray(result[0])) return '';
  const list = result[0].filter((c) => c);
  const on = result[1] || '';
  if (list.length === 0 || on === '') return '';
  let prefix = list[0];
  for (const c of list) {
    let n = 0;
    while (n < prefix.length && n < c.length && prefix[n] === c[n]) n++;
    prefix = prefix.slice(0, n);
  }
  if (!prefix.startsWith(on) || prefix.length <= on.length) return '';
  return prefix.slice(on.length);
}

function previewValue(server, code, evaluate) {
  const trimmed = code.trim();
  if (trimmed === '' || trimmed.startsWith('.')) return '';
  if (/^\s*{/.test(code) && /}\s*$/.test(code)) return '';
  if (!isSideEffectFree(trimmed, evaluate)) return '';
  let value;
  try {
    value = evaluate(trimmed);
  } catch {
    return '';
  }
  if (value === undefined) return '';
  let text;
  try {
    text = inspect(value, { colors: false, depth: 1, breakLength: Infinity, compact: true,
                            maxArrayLength: 10, showProxy: true });
  } catch {
    return '';
  }
  text = text.split('\n')[0];
  if (text === trimmed) return '';
  const max = Math.max(0, (server.columns === Infinity ? 80 : server.columns) - 2);
  if (text.length > max) text = `${text.slice(0, Math.max(0, max - 3))}...`;
  return text;
}

module.exports = { isSideEffectFree, inlineCompletion, previewValue, kLazyModule };
