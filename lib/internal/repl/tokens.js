'use strict';
// A small JavaScript scanner for the REPL: enough to know whether input ends inside an open
// bracket, string, template or comment (so more lines are wanted), to find top-level
// declarations, and to rewrite input with top-level `await` into an async function.

const KEYWORDS_BEFORE_REGEX = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do',
  'else', 'yield', 'await',
]);

const OPEN = { '(': ')', '[': ']', '{': '}' };

function isIdStart(c) {
  return /[\p{L}$_]/u.test(c);
}
function isIdPart(c) {
  return /[\p{L}\p{N}$_\u200c\u200d]/u.test(c);
}

// Returns { tokens, incomplete } where each token is
// { type: 'name'|'num'|'str'|'tpl'|'regex'|'punct', value, start, end, depth, nl }
// (`depth`: open brackets around the token; `nl`: a line break precedes it).
// `incomplete` is true when the source ends inside a bracket, string, template or comment.
function scan(src) {
  const tokens = [];
  const stack = []; // open brackets; '${' entries mark template substitutions
  let i = 0;
  let nl = false;
  let incomplete = false;
  const n = src.length;

  function prevSignificant() {
    return tokens.length ? tokens[tokens.length - 1] : null;
  }
  function regexAllowed() {
    const p = prevSignificant();
    if (p === null) return true;
    if (p.type === 'num' || p.type === 'str' || p.type === 'tpl' || p.type === 'regex') return false;
    if (p.type === 'name') return KEYWORDS_BEFORE_REGEX.has(p.value);
    return !(p.value === ')' || p.value === ']' || p.value === '}' || p.value === '++' ||
             p.value === '--');
  }
  function push(type, start, end) {
    tokens.push({ type, value: src.slice(start, end), start, end, depth: stack.length, nl });
    nl = false;
  }
  // Scans template characters from i (just after ` or }) to the closing ` or ${.
  function templateChars() {
    while (i < n) {
      const c = src[i];
      if (c === '\\') {
        i += 2;
      } else if (c === '`') {
        i++;
        return 'end';
      } else if (c === '$' && src[i + 1] === '{') {
        i += 2;
        return 'subst';
      } else {
        i++;
      }
    }
    return 'eof';
  }

  while (i < n) {
    const c = src[i];
    if (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') {
      nl = true;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\v' || c === '\f' || c === '\ufeff' || /\s/.test(c)) {
      i++;
      continue;
    }
    const start = i;
    if (c === '/' && src[i + 1] === '/') {
      while (i < n && src[i] !== '\n' && src[i] !== '\r') i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const endAt = src.indexOf('*/', i + 2);
      if (endAt === -1) {
        incomplete = true;
        i = n;
        break;
      }
      if (/[\n\r\u2028\u2029]/.test(src.slice(i, endAt))) nl = true;
      i = endAt + 2;
      continue;
    }
    if (c === '"' || c === "'") {
      i++;
      let closed = false;
      while (i < n) {
        const d = src[i];
        if (d === '\\') {
          if (i + 1 >= n) {
            incomplete = true;
            i = n;
            break;
          }
          i += (src[i + 1] === '\r' && src[i + 2] === '\n') ? 3 : 2;
          continue;
        }
        if (d === c) {
          closed = true;
          i++;
          break;
        }
        if (d === '\n' || d === '\r') break;
        i++;
      }
      if (!closed) {
        // An escaped line break at the very end means the string goes on.
        if (i >= n && src[n - 1] === '\\') incomplete = true;
        else if (i >= n - 1 && /\\\r?\n$/.test(src)) incomplete = true;
      }
      push('str', start, i);
      continue;
    }
    if (c === '`') {
      i++;
      const r = templateChars();
      if (r === 'eof') {
        incomplete = true;
      } else if (r === 'subst') {
        stack.push('${');
      }
      push('tpl', start, i);
      continue;
    }
    if (c === '}' && stack.length && stack[stack.length - 1] === '${') {
      stack.pop();
      i++;
      const r = templateChars();
      if (r === 'eof') incomplete = true;
      else if (r === 'subst') stack.push('${');
      push('tpl', start, i);
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] || ''))) {
      i++;
      while (i < n && /[0-9A-Za-z_.]/.test(src[i])) {
        if ((src[i] === 'e' || src[i] === 'E') && (src[i + 1] === '+' || src[i + 1] === '-')) i++;
        i++;
      }
      push('num', start, i);
      continue;
    }
    if (isIdStart(c) || c === '\\' || c === '#') {
      i++;
      while (i < n && (isIdPart(src[i]) || src[i] === '\\')) i++;
      push('name', start, i);
      continue;
    }
    if (c === '/' && regexAllowed()) {
      i++;
      let inClass = false;
      while (i < n) {
        const d = src[i];
        if (d === '\\') {
          i += 2;
          continue;
        }
        if (d === '\n' || d === '\r') break;
        if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) {
          i++;
          break;
        }
        i++;
      }
      while (i < n && isIdPart(src[i])) i++;
      push('regex', start, i);
      continue;
    }
    if (OPEN[c]) {
      push('punct', start, i + 1);
      stack.push(c);
      i++;
      continue;
    }
    if (c === ')' || c === ']' || c === '}') {
      if (stack.length && OPEN[stack[stack.length - 1]] === c) stack.pop();
      i++;
      push('punct', start, i);
      continue;
    }
    // Operators: take the longest run that is a known punctuator.
    const three = src.slice(i, i + 4);
    const ops = ['>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=',
      '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=', '/=',
      '%=', '&=', '|=', '^=', '<<', '>>', '**'];
    let op = c;
    for (const o of ops) {
      if (three.startsWith(o) && o.length > op.length) op = o;
    }
    i += op.length;
    push('punct', start, i);
  }
  if (stack.length > 0) incomplete = true;
  return { tokens, incomplete };
}

// True when `code` is cut off: it ends inside a bracket, string, template literal or comment.
function isIncomplete(code) {
  return scan(code).incomplete;
}

const STATEMENT_KEYWORDS = new Set([
  'var', 'let', 'const', 'function', 'class', 'if', 'for', 'while', 'do', 'try', 'switch',
  'return', 'throw', 'break', 'continue', 'import', 'export', 'debugger', 'with',
]);

// Binding names declared by the pattern tokens toks[from, to).
function patternNames(toks, from, to) {
  const names = [];
  let skipDepth = -1; // inside a default value (after `=`), until `,` at that depth
  let depth = 0;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t.type === 'punct' && OPEN[t.value]) {
      depth++;
      continue;
    }
    if (t.type === 'punct' && (t.value === ')' || t.value === ']' || t.value === '}')) {
      depth--;
      if (skipDepth > depth) skipDepth = -1;
      continue;
    }
    if (skipDepth !== -1) {
      if (t.value === ',' && depth === skipDepth) skipDepth = -1;
      continue;
    }
    if (t.value === '=') {
      skipDepth = depth;
      continue;
    }
    if (t.type === 'name') {
      const next = toks[k + 1];
      if (next && next.value === ':') continue; // property key
      names.push(t.value);
    }
  }
  return names;
}

// Finds the end (token index, exclusive) of the declaration list starting at token index `k`
// (just after var/let/const): the next `;` at the same depth, a line break that ends it, or the
// end of input.
function declarationEnd(toks, k, depth) {
  let j = k;
  for (; j < toks.length; j++) {
    const t = toks[j];
    if (t.depth < depth) break;
    if (t.depth === depth) {
      if (t.value === ';') break;
      if (t.value === '}' && t.type === 'punct' && t.depth === depth) {
        // closes an enclosing block (depth counted before the pop): stop
      }
      if (j > k && t.nl) {
        const prev = toks[j - 1];
        const continues = (prev.type === 'punct' && !(prev.value === ')' || prev.value === ']' ||
          prev.value === '}' || prev.value === '++' || prev.value === '--')) ||
          (t.type === 'punct' && !OPEN[t.value] && t.value !== '!' && t.value !== '~' &&
           t.value !== '++' && t.value !== '--') ||
          (t.type === 'punct' && (t.value === '(' || t.value === '['));
        if (!continues) break;
      }
    }
  }
  return j;
}

// True when a statement may end after token `t` (so a line break there can end it).
function endsExpression(t) {
  if (t.type !== 'punct') return true;
  return t.value === ')' || t.value === ']' || t.value === '}' || t.value === '++' ||
    t.value === '--';
}

// Matching close bracket token index for the opening bracket at index k.
function matchingClose(toks, k) {
  const depth = toks[k].depth;
  for (let j = k + 1; j < toks.length; j++) {
    if (toks[j].depth === depth && (toks[j].value === '}' || toks[j].value === ')' ||
        toks[j].value === ']') && toks[j].type === 'punct') {
      return j;
    }
  }
  return -1;
}

// Names declared with let/const/class at the top level of `code` (for completion).
function lexicalNames(code) {
  const { tokens } = scan(code);
  const names = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.depth !== 0 || t.type !== 'name') continue;
    const prev = tokens[k - 1];
    const atStart = !prev || prev.value === ';' || prev.value === '}' || t.nl;
    if (!atStart) continue;
    if (t.value === 'let' || t.value === 'const') {
      const end = declarationEnd(tokens, k + 1, 0);
      let d = 0;
      let expectName = true;
      for (let j = k + 1; j < end; j++) {
        const u = tokens[j];
        if (u.type === 'punct' && OPEN[u.value]) {
          if (expectName && d === 0) names.push(...patternNames(tokens, j, matchingClose(tokens, j) + 1));
          d++;
        } else if (u.type === 'punct' && (u.value === ')' || u.value === ']' || u.value === '}')) {
          d--;
        } else if (d === 0 && u.value === ',') {
          expectName = true;
          continue;
        } else if (d === 0 && expectName && u.type === 'name') {
          names.push(u.value);
        }
        if (d === 0) expectName = false;
      }
    } else if (t.value === 'class' && tokens[k + 1] && tokens[k + 1].type === 'name') {
      names.push(tokens[k + 1].value);
    }
  }
  return names;
}

// Rewrites input that uses `await` at the top level as an async arrow function that returns
// { value } of its last expression statement. Top-level declarations are hoisted out of the
// function so they stay visible to later input. Returns null when there is no top-level await.
function wrapTopLevelAwait(code) {
  const { tokens, incomplete } = scan(code);
  if (incomplete) return null;
  // Is there an await (or for await) outside any function?
  let found = false;
  // Function bodies being scanned: { depth, expr } (expr: an arrow's expression body, which
  // ends at a `,` or `;` at its own depth or when its enclosing bracket closes).
  const fns = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    while (fns.length) {
      const top = fns[fns.length - 1];
      if (k <= top.from) break;
      if (t.depth < top.depth ||
          (top.expr && t.depth === top.depth && (t.value === ',' || t.value === ';'))) {
        fns.pop();
      } else {
        break;
      }
    }
    if (t.type === 'name' && (t.value === 'function' || t.value === 'class')) {
      let j = k + 1;
      while (j < tokens.length && !(tokens[j].value === '{' && tokens[j].depth === t.depth)) j++;
      if (j < tokens.length) fns.push({ depth: t.depth + 1, expr: false, from: j });
      continue;
    }
    if (t.value === '=>') {
      const next = tokens[k + 1];
      if (next && next.value === '{') fns.push({ depth: t.depth + 1, expr: false, from: k + 1 });
      else if (next) fns.push({ depth: t.depth, expr: true, from: k });
      continue;
    }
    if (t.type === 'name' && t.value === 'await' && fns.length === 0) {
      found = true;
      break;
    }
  }
  if (!found) return null;

  const hoisted = [];
  const edits = []; // { start, end, text } on the source
  let lastStatementStart = 0;
  let lastIsExpression = true;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.depth !== 0) continue;
    const prev = tokens[k - 1];
    const atStart = !prev || (prev.depth === 0 && (prev.value === ';' || prev.value === '}')) ||
      (t.nl && endsExpression(prev) && !(t.type === 'punct' && t.value !== '{'));
    if (!atStart) continue;
    if (t.value === ';') continue;
    lastStatementStart = t.start;
    lastIsExpression = !(t.type === 'name' && STATEMENT_KEYWORDS.has(t.value)) && t.value !== '{';
    if (t.type === 'name' && t.value === 'async' && tokens[k + 1] &&
        tokens[k + 1].value === 'function' && !tokens[k + 1].nl) {
      lastIsExpression = false;
    }
    if (t.type === 'name' && (t.value === 'var' || t.value === 'let' || t.value === 'const')) {
      const end = declarationEnd(tokens, k + 1, 0);
      const kind = t.value === 'var' ? 'var' : 'let';
      const names = [];
      // Split the list at top-level commas into declarators.
      const parts = [];
      let from = k + 1;
      for (let j = k + 1; j <= end; j++) {
        if (j === end || (tokens[j].value === ',' && tokens[j].depth === 0)) {
          parts.push([from, j]);
          from = j + 1;
        }
      }
      const exprs = [];
      for (const [a, b] of parts) {
        if (a >= b) continue;
        const first = tokens[a];
        let eq = -1;
        for (let j = a; j < b; j++) {
          if (tokens[j].value === '=' && tokens[j].depth === 0) {
            eq = j;
            break;
          }
        }
        const targetEnd = eq === -1 ? b : eq;
        if (first.type === 'name') names.push(first.value);
        else names.push(...patternNames(tokens, a, targetEnd));
        if (eq !== -1) {
          const text = code.slice(first.start, tokens[b - 1].end);
          exprs.push(first.value === '{' ? `(${text})` : text);
        }
      }
      hoisted.push(`${kind} ${names.join(', ')};`);
      const stmtEnd = end > k + 1 ? tokens[end - 1].end : t.end;
      edits.push({
        start: t.start,
        end: stmtEnd,
        text: exprs.length ? `void (${exprs.join(', ')})` : 'void 0',
      });
      lastIsExpression = false;
      k = end - 1;
      continue;
    }
    let fnAt = -1;
    if (t.type === 'name' && t.value === 'function') fnAt = k;
    if (t.type === 'name' && t.value === 'async' && tokens[k + 1] &&
        tokens[k + 1].value === 'function') {
      fnAt = k + 1;
    }
    if (fnAt !== -1 || (t.type === 'name' && t.value === 'class')) {
      let nameAt = (fnAt !== -1 ? fnAt : k) + 1;
      if (tokens[nameAt] && tokens[nameAt].value === '*') nameAt++;
      const nameTok = tokens[nameAt];
      if (!nameTok || nameTok.type !== 'name' || nameTok.value === 'extends') continue;
      let body = nameAt + 1;
      while (body < tokens.length && !(tokens[body].value === '{' && tokens[body].depth === 0)) {
        body++;
      }
      const close = body < tokens.length ? matchingClose(tokens, body) : -1;
      if (close === -1) continue;
      hoisted.push(`${fnAt !== -1 ? 'var' : 'let'} ${nameTok.value};`);
      edits.push({ start: t.start, end: t.start, text: `${nameTok.value} = ` });
      edits.push({ start: tokens[close].end, end: tokens[close].end, text: ';' });
      lastIsExpression = false;
      k = close;
      continue;
    }
  }
  let body = code;
  // Return the last expression statement's value (wrapped so a promise is not awaited).
  if (lastIsExpression) {
    let stmtEnd = code.length;
    const trimmed = code.replace(/[\s;]*$/, '');
    stmtEnd = trimmed.length;
    edits.push({ start: lastStatementStart, end: lastStatementStart, text: 'return { value: (' });
    edits.push({ start: stmtEnd, end: stmtEnd, text: ') };' });
  }
  edits.sort((a, b) => b.start - a.start || b.end - a.end);
  for (const e of edits) body = body.slice(0, e.start) + e.text + body.slice(e.end);
  return `${hoisted.join(' ')}(async () => { ${body}\n})()`;
}

module.exports = { scan, isIncomplete, lexicalNames, wrapTopLevelAwait };
