'use strict';

// The generated message of a failing assert.ok(): the source text of the
// call, read from the caller's file.

const { inspect } = require('internal/util/inspect');
const { isErrorStackTraceLimitWritable } = require('internal/errors');

const sourceCache = new Map();

function getCallSite(fn) {
  const holder = {};
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  try {
    if (isErrorStackTraceLimitWritable()) Error.stackTraceLimit = 1;
    Error.prepareStackTrace = (_, stack) => stack;
    Error.captureStackTrace(holder, fn);
    const { stack } = holder;
    return Array.isArray(stack) ? stack[0] : undefined;
  } catch {
    // A frozen Error: no call site.
    return undefined;
  } finally {
    try {
      Error.prepareStackTrace = savedPrepare;
      if (isErrorStackTraceLimitWritable()) Error.stackTraceLimit = savedLimit;
    } catch {
      // Nothing was changed.
    }
  }
}

function readSource(filename) {
  if (sourceCache.has(filename)) return sourceCache.get(filename);
  let source;
  try {
    let path = filename;
    if (path.startsWith('file://')) path = decodeURIComponent(path.slice(7));
    source = internalBinding('fs').readFileUtf8(path, 0);
  } catch {
    source = undefined;
  }
  if (typeof source !== 'string') source = undefined;
  // Columns count from after a byte order mark.
  else if (source.charCodeAt(0) === 0xFEFF) source = source.slice(1);
  sourceCache.set(filename, source);
  return source;
}

const identChar = /[\w$\u00a0-\uffff]/;

// A `/` after one of these starts a regular expression literal.
const regExpPrecursors = '(,=:[!&|?{};+-*%<>~^';

// Finds the end of the parenthesised argument list that opens at `open`,
// skipping strings, template literals, regular expressions and comments;
// stops at the end of the line when the list is not closed there.
function findCallEnd(line, open) {
  let depth = 0;
  let i = open;
  let last = '';
  while (i < line.length) {
    const c = line[i];
    if (c === '\'' || c === '"' || c === '`') {
      i++;
      while (i < line.length && line[i] !== c) {
        if (line[i] === '\\') i++;
        i++;
      }
    } else if (c === '/' && line[i + 1] === '*') {
      const end = line.indexOf('*/', i + 2);
      if (end === -1) return line.length;
      i = end + 2;
      continue;
    } else if (c === '/' && line[i + 1] === '/') {
      return line.length;
    } else if (c === '/' && regExpPrecursors.includes(last)) {
      let inClass = false;
      i++;
      while (i < line.length && (inClass || line[i] !== '/')) {
        if (line[i] === '\\') i++;
        else if (line[i] === '[') inClass = true;
        else if (line[i] === ']') inClass = false;
        i++;
      }
    } else if (c === '(' || c === '[' || c === '{') {
      depth++;
    } else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
    if (c !== ' ' && c !== '\t') last = c;
    i++;
  }
  return line.length;
}

function expressionAt(line, col) {
  // Start: the whole member chain before the call position, including
  // computed members (`assert['ok']`).
  let start = col;
  while (start > 0) {
    const c = line[start - 1];
    if (identChar.test(c) || c === '.') {
      start--;
    } else if (c === '?' && line[start] === '.') {
      start--;
    } else if (c === ']') {
      let depth = 0;
      let j = start - 1;
      for (; j >= 0; j--) {
        if (line[j] === ']') depth++;
        else if (line[j] === '[' && --depth === 0) break;
      }
      if (j < 0) break;
      start = j;
    } else {
      break;
    }
  }
  // A member of a call result (`new Assert().ok`): only the member.
  while (line[start] === '.' || line[start] === '?') start++;
  // The argument list follows the callee name.
  let open = col;
  while (open < line.length) {
    if (identChar.test(line[open]) || line[open] === ' ' || line[open] === '\t') {
      open++;
    } else if (line[open] === '/' && line[open + 1] === '*') {
      const end = line.indexOf('*/', open + 2);
      if (end === -1) return undefined;
      open = end + 2;
    } else {
      break;
    }
  }
  if (line[open] !== '(') return undefined;
  const end = findCallEnd(line, open);
  return line.slice(start, end);
}

function getOkMessage(fn, value) {
  const site = getCallSite(fn);
  let code;
  if (site !== undefined) {
    const filename = site.getFileName();
    const lineNumber = site.getLineNumber();
    const column = site.getColumnNumber();
    if (filename && lineNumber && column) {
      const source = readSource(filename);
      if (source !== undefined) {
        const lines = source.split('\n');
        let line = lines[lineNumber - 1];
        if (line !== undefined) {
          if (line.endsWith('\r')) line = line.slice(0, -1);
          code = expressionAt(line, column - 1);
        }
      }
    }
  }
  if (code === undefined) {
    return `The expression evaluated to a falsy value:\n\n  ${inspect(value)} == true\n`;
  }
  return `The expression evaluated to a falsy value:\n\n  ${code}\n`;
}

module.exports = { getOkMessage };
