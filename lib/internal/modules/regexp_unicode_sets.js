'use strict';
// Regular expression literals with the `v` flag (unicodeSets, ES2024) on V8 10.2, which only
// knows `u`. Packages written for node 20+ use `/.../v`. When a module fails to compile with
// V8's "Invalid regular expression flags", the loaders call retryWithUnicodeSets(): every `v`
// literal is rewritten as a `u` literal with the same meaning and the source compiles again.
// Outside classes the two modes read the same; a class that uses only `u` syntax is kept (the
// `v`-only escapes of punctuators written plain), and any other class (nested classes, `--`,
// `&&`, `\q{}`, properties of strings such as \p{RGI_Emoji}) is evaluated by ICU's UnicodeSet
// into explicit code point ranges, plus an alternation of its strings, longest first, as `v`
// matches them. A literal that cannot be rewritten keeps the original SyntaxError.
const { tokenize } = require('internal/modules/esm/cjs_lexer');

const kFlagsError = 'Invalid regular expression flags';
// Punctuators `v` lets a class escape and `u` does not.
const kVOnlyClassEscapes = '&!#%,:;<=>@`~';
const kStringProperties = new Set(['Basic_Emoji', 'Emoji_Keycap_Sequence', 'RGI_Emoji',
  'RGI_Emoji_Flag_Sequence', 'RGI_Emoji_Modifier_Sequence', 'RGI_Emoji_Tag_Sequence',
  'RGI_Emoji_ZWJ_Sequence']);
const kControlEscapes = { n: 10, r: 13, t: 9, v: 11, f: 12 };
const kWhitespace = '\\x{9}-\\x{d}\\x{20}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}' +
  '\\x{202f}\\x{205f}\\x{3000}\\x{feff}';
// The character class escapes as ICU set items, with JavaScript's meaning.
const kClassEscapes = {
  d: '0-9', D: '[^0-9]', w: 'a-zA-Z0-9_', W: '[^a-zA-Z0-9_]', s: kWhitespace, S: `[^${kWhitespace}]`,
};

class Unsupported extends Error {}

const hex = (cp) => cp.toString(16);
const icuChar = (cp) => `\\x{${hex(cp)}}`;
const jsChar = (cp) => `\\u{${hex(cp)}}`;

// A `v` pattern, read with the position in `p.i`.
function readEscapedChar(p) {
  // p.s[p.i] is the character after the backslash; returns a code point.
  const s = p.s;
  const c = s[p.i++];
  if (c in kControlEscapes) return kControlEscapes[c];
  if (c === '0' && !/[0-9]/.test(s[p.i] ?? '')) return 0;
  if (c === 'c' && /[A-Za-z]/.test(s[p.i] ?? '')) return s.charCodeAt(p.i++) % 32;
  if (c === 'x' && /^[0-9a-fA-F]{2}$/.test(s.slice(p.i, p.i + 2))) {
    p.i += 2;
    return parseInt(s.slice(p.i - 2, p.i), 16);
  }
  if (c === 'u') {
    if (s[p.i] === '{') {
      const end = s.indexOf('}', p.i);
      if (end === -1) throw new Unsupported();
      const cp = parseInt(s.slice(p.i + 1, end), 16);
      p.i = end + 1;
      return cp;
    }
    const unit = (at) => (/^[0-9a-fA-F]{4}$/.test(s.slice(at, at + 4)) ? parseInt(s.slice(at, at + 4), 16) : -1);
    const hi = unit(p.i);
    if (hi < 0) throw new Unsupported();
    p.i += 4;
    if (hi >= 0xd800 && hi <= 0xdbff && s[p.i] === '\\' && s[p.i + 1] === 'u') {
      const lo = unit(p.i + 2);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        p.i += 6;
        return (hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
      }
    }
    return hi;
  }
  if (/[A-Za-z0-9]/.test(c)) throw new Unsupported();  // an escape this reader does not know
  return c.codePointAt(0);  // an identity escape of punctuation
}

// One operand of a class, as an ICU set or item.
function readOperand(p) {
  const s = p.s;
  if (s[p.i] === '[') return { set: readClass(p), single: false };
  if (s[p.i] === '\\') {
    p.i++;
    const c = s[p.i];
    if ((c === 'p' || c === 'P') && s[p.i + 1] === '{') {
      const end = s.indexOf('}', p.i);
      if (end === -1) throw new Unsupported();
      const text = s.slice(p.i, end + 1);
      p.i = end + 1;
      return { set: `[\\${text}]`, single: false };
    }
    if (c in kClassEscapes) {
      p.i++;
      return { set: `[${kClassEscapes[c]}]`, single: false };
    }
    if (c === 'q' && s[p.i + 1] === '{') {
      const end = s.indexOf('}', p.i);
      if (end === -1) throw new Unsupported();
      const alternatives = s.slice(p.i + 2, end).split('|');
      p.i = end + 1;
      const strings = alternatives.map((alt) => {
        const q = { s: alt, i: 0 };
        let out = '';
        while (q.i < alt.length) {
          if (alt[q.i] === '\\') {
            q.i++;
            out += icuChar(readEscapedChar(q));
          } else {
            const cp = alt.codePointAt(q.i);
            q.i += cp > 0xffff ? 2 : 1;
            out += icuChar(cp);
          }
        }
        return `{${out}}`;
      });
      return { set: `[${strings.join('')}]`, single: false };
    }
    return { cp: readEscapedChar(p), single: true };
  }
  const cp = s.codePointAt(p.i);
  p.i += cp > 0xffff ? 2 : 1;
  return { cp, single: true };
}

// A class starting at p.s[p.i] === '[', as an ICU UnicodeSet pattern.
function readClass(p) {
  const s = p.s;
  p.i++;
  let negated = false;
  if (s[p.i] === '^') {
    negated = true;
    p.i++;
  }
  const items = [];
  let op = null;
  const asSet = (o) => (o.single ? `[${icuChar(o.cp)}]` : o.set);
  while (p.i < s.length && s[p.i] !== ']') {
    if ((s[p.i] === '-' && s[p.i + 1] === '-') || (s[p.i] === '&' && s[p.i + 1] === '&')) {
      const thisOp = s[p.i] === '-' ? '-' : '&';
      if (op !== null && op !== thisOp) throw new Unsupported();
      op = thisOp;
      p.i += 2;
      items.push({ op: thisOp });
      continue;
    }
    const a = readOperand(p);
    if (a.single && s[p.i] === '-' && s[p.i + 1] !== '-' && s[p.i + 1] !== ']') {
      p.i++;
      const b = readOperand(p);
      if (!b.single) throw new Unsupported();
      items.push({ text: `${icuChar(a.cp)}-${icuChar(b.cp)}`, set: `[${icuChar(a.cp)}-${icuChar(b.cp)}]` });
      continue;
    }
    items.push({ text: a.single ? icuChar(a.cp) : a.set, set: asSet(a) });
  }
  if (s[p.i] !== ']') throw new Unsupported();
  p.i++;
  const body = op === null ?
    items.map((it) => it.text).join('') :
    items.map((it) => (it.op ? it.op : it.set)).join('');
  return `[${negated ? '^' : ''}${body}]`;
}

// A `v` class as `u` syntax: [ranges] or (?:strings|[ranges]), or null when ICU rejects it.
function expandSet(icuPattern, negated) {
  const result = internalBinding('icu').expandUnicodeSet(icuPattern);
  if (result === undefined) throw new Unsupported();
  const [ranges, strings] = result;
  let cls = '';
  for (let k = 0; k < ranges.length; k += 2) {
    cls += ranges[k] === ranges[k + 1] ? jsChar(ranges[k]) : `${jsChar(ranges[k])}-${jsChar(ranges[k + 1])}`;
  }
  const multi = strings.filter((str) => [...str].length > 1);
  if (multi.length === 0) return `[${cls}]`;
  if (negated) throw new Unsupported();  // a SyntaxError in `v` mode too
  multi.sort((a, b) => [...b].length - [...a].length);
  const alternatives = multi.map((str) => [...str].map((ch) => jsChar(ch.codePointAt(0))).join(''));
  return `(?:${alternatives.join('|')}|[${cls}])`;
}

// True when the class at body[i] uses only syntax that `u` reads the same way.
function isPlainClass(body, i) {
  for (let j = i + 1; j < body.length; j++) {
    const c = body[j];
    if (c === '\\') {
      const next = body[j + 1];
      if (next === 'q') return false;
      if ((next === 'p' || next === 'P') && body[j + 2] === '{') {
        const end = body.indexOf('}', j);
        if (kStringProperties.has(body.slice(j + 3, end))) return false;
      }
      j++;
      continue;
    }
    if (c === ']') return true;
    if (c === '[') return false;
    if ((c === '-' || c === '&') && body[j + 1] === c) return false;
  }
  return false;
}

// The `u` form of a `v` pattern (throws Unsupported when there is none).
function toUnicodePattern(body) {
  let out = '';
  for (let i = 0; i < body.length;) {
    const c = body[i];
    if (c === '\\') {
      const next = body[i + 1];
      if ((next === 'p' || next === 'P') && body[i + 2] === '{') {
        const end = body.indexOf('}', i);
        if (end !== -1 && kStringProperties.has(body.slice(i + 3, end))) {
          if (next === 'P') throw new Unsupported();
          out += expandSet(`[${body.slice(i, end + 1)}]`, false);
          i = end + 1;
          continue;
        }
      }
      out += c + (next ?? '');
      i += 2;
      continue;
    }
    if (c !== '[') {
      out += c;
      i++;
      continue;
    }
    if (isPlainClass(body, i)) {
      let j = i;
      for (;;) {
        const d = body[j];
        if (d === '\\') {
          const next = body[j + 1];
          out += kVOnlyClassEscapes.includes(next) ? next : d + next;
          j += 2;
          continue;
        }
        out += d;
        j++;
        if (d === ']') break;
      }
      i = j;
      continue;
    }
    const p = { s: body, i };
    const negated = body[i + 1] === '^';
    const icuPattern = readClass(p);
    out += expandSet(icuPattern, negated);
    i = p.i;
  }
  return out;
}

// The source with its `v` literals rewritten, or null when none could be.
function downlevel(source) {
  let out = '';
  let last = 0;
  for (const tok of tokenize(source)) {
    if (tok.t !== 'regex' || tok.end === undefined) continue;
    const literal = source.slice(tok.i, tok.end);
    const close = literal.lastIndexOf('/');
    const flags = literal.slice(close + 1);
    if (close <= 0 || !flags.includes('v') || flags.includes('u')) continue;
    let body;
    try {
      body = toUnicodePattern(literal.slice(1, close));
    } catch (err) {
      if (err instanceof Unsupported) continue;
      throw err;
    }
    out += source.slice(last, tok.i) + '/' + body + '/' + flags.replace('v', 'u');
    last = tok.end;
  }
  return last === 0 ? null : out + source.slice(last);
}

// Called with the error compile(source) threw: on the `v`-flag SyntaxError, compiles the
// downlevelled source; otherwise, or when that fails too, rethrows the original error.
function retryWithUnicodeSets(err, source, compile) {
  if (err === null || typeof err !== 'object' || err.name !== 'SyntaxError' ||
      err.message !== kFlagsError) throw err;
  const rewritten = downlevel(source);
  if (rewritten === null) throw err;
  try {
    return compile(rewritten);
  } catch {
    throw err;
  }
}

module.exports = { retryWithUnicodeSets, downlevel };
