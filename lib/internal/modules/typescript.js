'use strict';
// TypeScript type stripping (node 22.18+ runs .ts/.mts/.cts files directly). A small parser
// for JavaScript with TypeScript syntax finds the type-only parts of the source and replaces
// them with white space, every other byte staying in place (line and column numbers do not
// change). Syntax that needs code generation (enum, namespaces with values, parameter
// properties, `import x = require()`, `export =`) is refused, as node's strip-only mode does.
// The parser only needs to find where each construct ends: object types, tuples and the like
// are skipped as balanced brackets.

class TSSyntaxError extends Error {
  constructor(message, start, end, unsupported = false) {
    super(message);
    this.start = start;
    this.end = end;
    this.unsupported = unsupported;
  }
}

const kUnsupported = {
  enum: 'TypeScript enum is not supported in strip-only mode',
  namespace: 'TypeScript namespace declaration is not supported in strip-only mode',
  paramProp: 'TypeScript parameter property is not supported in strip-only mode',
  importEquals: 'TypeScript import equals declaration is not supported in strip-only mode',
  exportAssign: 'TypeScript export assignment is not supported in strip-only mode',
  module: '`module` keyword is not supported. Use `namespace` instead.',
  angle: 'The angle-bracket syntax for type assertions, `<T>expr`, is not supported in type ' +
    "strip mode. Instead, use the 'as' syntax: `expr as T`.",
};

const kPuncts = [
  '>>>=', '...', '===', '!==', '**=', '<<=', '&&=', '||=', '??=',
  '=>', '==', '!=', '<=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '&&', '||', '??', '?.',
  '++', '--', '**', '<<',
];
const kTSModifiers = new Set(['public', 'private', 'protected', 'readonly', 'abstract', 'override', 'declare']);
const kAssignOps = new Set(['=', '+=', '-=', '*=', '/=', '%=', '**=', '<<=', '>>=', '>>>=', '&=',
  '|=', '^=', '&&=', '||=', '??=']);
const kBinaryPrec = {
  '??': 1, '||': 2, '&&': 3, '|': 4, '^': 5, '&': 6, '==': 7, '!=': 7, '===': 7, '!==': 7,
  '<': 8, '>': 8, '<=': 8, '>=': 8, 'instanceof': 8, 'in': 8, 'as': 8, 'satisfies': 8,
  '<<': 9, '>>': 9, '>>>': 9, '+': 10, '-': 10, '*': 11, '/': 11, '%': 11, '**': 12,
};
// Tokens after `f<T>` that make it an instantiation expression rather than a comparison.
const kAfterTypeArgs = new Set([')', ']', ';', ',', '.', '?.', '}', ':', '=', '==', '===', '!=',
  '!==', '&&', '||', '??', '?', '|', '&', '^', 'eof']);
const kStartsExprAfterNewline = new Set(['(', '[', '+', '-', '/', '/=']);

function isIdStart(c) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 36 || c === 95 || c === 92 ||
    (c >= 0x80 && !isSpace(c) && !isNewline(c));
}
function isIdPart(c) {
  return isIdStart(c) || (c >= 48 && c <= 57) || c === 0x200c || c === 0x200d;
}
function isNewline(c) {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}
function isSpace(c) {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff ||
    c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
}

class Parser {
  constructor(src) {
    this.src = src;
    this.pos = 0;
    this.blanks = [];        // [start, end) ranges to blank
    this.puts = [];          // [position, character] written over a blank
    this.unsupported = null; // the first unsupported construct (reported after a clean parse)
    this.notArrow = new Set();
    this.notTypeArgs = new Set();
    this.noIn = false;
    this.inCondTrue = false;
    this.noCond = false;
    this.fnDepth = 0;
    // the current token
    this.type = '';
    this.value = '';
    this.start = 0;
    this.end = 0;
    this.nl = false;
    this.prevValue = '';
    this.prevType = '';
    this.prevEnd = 0;
    this.tmplDepth = 0;
    if (src.charCodeAt(0) === 35 && src.charCodeAt(1) === 33) {
      while (this.pos < src.length && !isNewline(src.charCodeAt(this.pos))) this.pos++;
    }
    this.next();
    this.prevValue = '';
    this.prevType = '';
  }

  // ---- lexer ----
  fail(message, pos = this.start, end = pos + 1) {
    throw new TSSyntaxError(message, pos, end);
  }

  unsupportedSyntax(kind, start, end) {
    if (this.unsupported === null || start < this.unsupported.start) {
      this.unsupported = new TSSyntaxError(kUnsupported[kind], start, end, true);
    }
  }

  skipSpace() {
    const src = this.src;
    let nl = false;
    for (;;) {
      const c = src.charCodeAt(this.pos);
      if (isNewline(c)) {
        nl = true;
        this.pos++;
      } else if (isSpace(c)) {
        this.pos++;
      } else if (c === 47 && src.charCodeAt(this.pos + 1) === 47) {
        while (this.pos < src.length && !isNewline(src.charCodeAt(this.pos))) this.pos++;
      } else if (c === 47 && src.charCodeAt(this.pos + 1) === 42) {
        const e = src.indexOf('*/', this.pos + 2);
        if (e === -1) this.fail('Unterminated block comment', this.pos);
        if (/[\n\r\u2028\u2029]/.test(src.slice(this.pos, e))) nl = true;
        this.pos = e + 2;
      } else {
        return nl;
      }
    }
  }

  next() {
    this.prevValue = this.value;
    this.prevType = this.type;
    this.prevEnd = this.end;
    this.nl = this.skipSpace();
    this.start = this.pos;
    const src = this.src;
    if (this.pos >= src.length) {
      this.type = 'eof';
      this.value = 'eof';
      this.end = this.pos;
      return;
    }
    const c = src.charCodeAt(this.pos);
    if (isIdStart(c) || (c === 35 && isIdStart(src.charCodeAt(this.pos + 1)))) {
      this.pos++;
      while (this.pos < src.length) {
        const d = src.charCodeAt(this.pos);
        if (d === 92) {
          this.pos += src[this.pos + 2] === '{' ? src.indexOf('}', this.pos) - this.pos + 1 : 6;
        } else if (isIdPart(d)) {
          this.pos += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
        } else {
          break;
        }
      }
      this.type = c === 35 ? 'private' : 'name';
    } else if ((c >= 48 && c <= 57) || (c === 46 && src.charCodeAt(this.pos + 1) >= 48 &&
               src.charCodeAt(this.pos + 1) <= 57)) {
      const m = /^(?:0[xXoObB][\da-fA-F_]+n?|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?n?)/
        .exec(src.slice(this.pos, this.pos + 400));
      this.pos += m[0].length;
      this.type = 'num';
    } else if (c === 34 || c === 39) {
      let i = this.pos + 1;
      for (;;) {
        const d = src.charCodeAt(i);
        if (i >= src.length || d === 10 || d === 13) this.fail('Unterminated string constant', this.pos);
        if (d === c) break;
        i += d === 92 ? (src.charCodeAt(i + 1) === 13 && src.charCodeAt(i + 2) === 10 ? 3 : 2) : 1;
      }
      this.pos = i + 1;
      this.type = 'string';
    } else if (c === 96) {
      this.readTemplate(this.pos + 1);
      this.start = this.start;
    } else {
      let p = null;
      if (c !== 62) {
        for (const q of kPuncts) {
          if (src.startsWith(q, this.pos)) {
            p = q;
            break;
          }
        }
        if (p === '?.' && /[0-9]/.test(src[this.pos + 2] ?? '')) p = null;
      }
      if (p === null) p = src[this.pos];
      this.pos += p.length;
      this.type = 'punct';
      this.value = p;
      this.end = this.pos;
      return;
    }
    this.end = this.pos;
    this.value = src.slice(this.start, this.end);
  }

  // A template chunk from `from` (after ` or }): type 'template', value '`' + tail flag.
  readTemplate(from) {
    const src = this.src;
    let i = from;
    for (;;) {
      if (i >= src.length) this.fail('Unterminated template', this.start);
      const d = src.charCodeAt(i);
      if (d === 96) {
        this.tail = true;
        i++;
        break;
      }
      if (d === 36 && src.charCodeAt(i + 1) === 123) {
        this.tail = false;
        i += 2;
        break;
      }
      i += d === 92 ? 2 : 1;
    }
    this.pos = i;
    this.type = 'template';
  }

  // At a `}` that closes a template substitution: read the rest of the template.
  continueTemplate() {
    if (!this.is('}')) this.fail("Expected '}'");
    this.readTemplate(this.start + 1);
    this.end = this.pos;
    this.value = this.src.slice(this.start, this.end);
  }

  rescanRegex() {
    const src = this.src;
    let i = this.start + 1;
    let cls = false;
    for (;;) {
      const d = src.charCodeAt(i);
      if (i >= src.length || isNewline(d)) this.fail('Unterminated regexp literal', this.start);
      if (d === 92) {
        i += 2;
        continue;
      }
      if (d === 91) cls = true;
      else if (d === 93) cls = false;
      else if (d === 47 && !cls) break;
      i++;
    }
    i++;
    while (i < src.length && isIdPart(src.charCodeAt(i))) i++;
    this.pos = this.end = i;
    this.type = 'regex';
    this.value = src.slice(this.start, i);
  }

  save() {
    return {
      pos: this.pos, type: this.type, value: this.value, start: this.start, end: this.end, nl: this.nl,
      prevValue: this.prevValue, prevType: this.prevType, prevEnd: this.prevEnd, tail: this.tail,
      blanks: this.blanks.length, puts: this.puts.length, unsupported: this.unsupported,
      noIn: this.noIn, inCondTrue: this.inCondTrue,
    };
  }

  restore(s) {
    this.pos = s.pos;
    this.type = s.type;
    this.value = s.value;
    this.start = s.start;
    this.end = s.end;
    this.nl = s.nl;
    this.prevValue = s.prevValue;
    this.prevType = s.prevType;
    this.prevEnd = s.prevEnd;
    this.tail = s.tail;
    this.blanks.length = s.blanks;
    this.puts.length = s.puts;
    this.unsupported = s.unsupported;
    this.noIn = s.noIn;
    this.inCondTrue = s.inCondTrue;
  }

  // Runs fn; on a syntax error puts everything back and returns false.
  attempt(fn) {
    const s = this.save();
    try {
      fn();
      return true;
    } catch (err) {
      if (!(err instanceof TSSyntaxError)) throw err;
      this.restore(s);
      return false;
    }
  }

  peek() {
    const s = this.save();
    this.next();
    const t = { type: this.type, value: this.value, nl: this.nl, start: this.start };
    this.restore(s);
    return t;
  }

  is(v) {
    return this.value === v && (this.type === 'punct' || this.type === 'name' || this.type === 'eof');
  }

  isName(v) {
    return this.type === 'name' && (v === undefined || this.value === v);
  }

  eat(v) {
    if (this.is(v)) {
      this.next();
      return true;
    }
    return false;
  }

  expect(v) {
    if (!this.eat(v)) this.unexpected(v);
  }

  unexpected(expected) {
    if (this.type === 'eof') this.fail(expected ? `Expected '${expected}', got '<eof>'` : 'Unexpected eof');
    if (expected) this.fail(`Expected '${expected}', got '${this.value}'`);
    this.fail(`Unexpected token \`${this.value}\``);
  }

  blank(start, end) {
    if (end > start) this.blanks.push([start, end]);
  }

  semicolon() {
    if (this.eat(';')) return;
    if (this.is('}') || this.type === 'eof' || this.nl) return;
    this.fail(`Expected ';', '}' or <eof>`);
  }

  // A whole statement that only declares types: blank it; a `;` keeps ASI as it was.
  prevToken() {
    return this.prevType === '' ? null : { value: this.prevValue, end: this.prevEnd };
  }

  // `prev`: the token before the statement (null at the start of the source).
  removeStatement(start, prev, forced) {
    this.blank(start, this.prevEnd);
    if (forced) {
      this.puts.push([start, ';']);
    } else if (prev !== null && this.nl &&
               (kStartsExprAfterNewline.has(this.value) && this.type === 'punct' ||
                this.type === 'template')) {
      // the next line could continue the statement before: a `;` keeps them apart (the one
      // that ended it when there was one)
      this.puts.push(prev.value === ';' ? [prev.end - 1, ';'] : [start, ';']);
    }
  }

  // ---- types ----
  skipBalanced() {
    const open = this.value;
    const close = open === '(' ? ')' : open === '[' ? ']' : '}';
    const stack = [close];
    this.next();
    while (stack.length > 0) {
      if (this.type === 'eof') this.unexpected(close);
      if (this.type === 'punct') {
        const v = this.value;
        if (v === '(') stack.push(')');
        else if (v === '[') stack.push(']');
        else if (v === '{') stack.push('}');
        else if (v === ')' || v === ']' || v === '}') {
          const want = stack.pop();
          if (want === 'template') {
            this.continueTemplate();
            if (!this.tail) stack.push('template');
          } else if (want !== v) {
            this.unexpected(want);
          }
        }
      } else if (this.type === 'template' && !this.tail) {
        stack.push('template');
      }
      if (stack.length > 0) this.next();
    }
    this.next();
  }

  parseTypeAnnotation() {
    // at ':'
    const start = this.start;
    this.next();
    this.parseType();
    this.blank(start, this.prevEnd);
  }

  parseType(noConditional = false) {
    if (this.is('<')) {
      this.skipAngles();
      return this.parseFunctionTypeRest();
    }
    if (this.isName('new') || (this.isName('abstract') && this.peek().value === 'new')) {
      if (this.isName('abstract')) this.next();
      this.next();
      if (this.is('<')) this.skipAngles();
      return this.parseFunctionTypeRest();
    }
    const oldNoCond = this.noCond;
    this.noCond = noConditional;
    this.parseUnionType();
    this.noCond = oldNoCond;
    if (!noConditional && this.isName('extends') && !this.nl) {
      this.next();
      this.parseType(true);
      if (this.eat('?')) {
        this.parseType();
        this.expect(':');
        this.parseType();
      }
    }
  }

  parseFunctionTypeRest() {
    if (!this.is('(')) this.unexpected('(');
    this.skipBalanced();
    this.expect('=>');
    this.parseType();
  }

  parseUnionType() {
    if (this.is('|') || this.is('&')) this.next();
    this.parseTypeOperator();
    while (this.is('|') || this.is('&')) {
      this.next();
      this.parseTypeOperator();
    }
  }

  parseTypeOperator() {
    if (this.type === 'name') {
      const v = this.value;
      if ((v === 'keyof' || v === 'unique' || v === 'readonly') && this.startsTypeNext()) {
        this.next();
        return this.parseTypeOperator();
      }
      if (v === 'infer' && this.peek().type === 'name') {
        this.next();
        this.next();
        if (this.isName('extends') && !this.nl) {
          // `infer U extends C ? X : Y` is a conditional on the inferred type
          const s = this.save();
          this.next();
          this.parseType(true);
          if (this.is('?') && !this.noCond) this.restore(s);
        }
        return;
      }
    }
    this.parsePrimaryType();
    while (this.is('[') && !this.nl) this.skipBalanced();
  }

  startsTypeNext() {
    const t = this.peek();
    if (t.type === 'punct') return ['(', '[', '{', '<', '-'].includes(t.value);
    return t.type !== 'eof';
  }

  parsePrimaryType() {
    switch (this.type) {
      case 'string':
      case 'num':
        this.next();
        return;
      case 'template':
        while (!this.tail) {
          this.next();
          this.parseType();
          this.continueTemplate();
        }
        this.next();
        return;
      case 'punct':
        if (this.is('(')) {
          const fn = this.startsFunctionType();
          this.skipBalanced();
          if (fn && this.is('=>')) {
            this.next();
            this.parseType();
          }
          return;
        }
        if (this.is('{') || this.is('[')) return this.skipBalanced();
        if (this.is('-')) {
          this.next();
          if (this.type !== 'num') this.unexpected();
          this.next();
          return;
        }
        this.fail('Type expected');
        // falls through (unreachable)
      case 'name': {
        const v = this.value;
        if (v === 'typeof') {
          this.next();
          if (this.isName('import')) return this.parseImportType();
          this.parseEntityName();
          if (this.is('<') && !this.nl) this.skipAngles();
          return;
        }
        if (v === 'import') return this.parseImportType();
        if (v === 'asserts') {
          const t = this.peek();
          if ((t.type === 'name') && !t.nl) {
            this.next();
            this.next();
            if (this.isName('is') && !this.nl) {
              this.next();
              this.parseType();
            }
            return;
          }
        }
        this.next();
        if (this.isName('is') && !this.nl) {
          this.next();
          this.parseType();
          return;
        }
        while (this.is('.')) {
          this.next();
          if (this.type !== 'name') this.unexpected();
          this.next();
        }
        if (this.is('<') && !this.nl) this.skipAngles();
        return;
      }
      default:
        this.fail('Type expected');
    }
  }

  // At '(' in a type: parameters of a function type (not a parenthesized type)?
  startsFunctionType() {
    const s = this.save();
    try {
      this.next();
      if (this.is(')') || this.is('...')) return true;
      if (this.is('[') || this.is('{')) {
        this.skipBalanced();
      } else if (this.type === 'name') {
        this.next();
      } else {
        return false;
      }
      if (this.is(':') || this.is(',') || this.is('?') || this.is('=')) return true;
      if (this.is(')')) {
        this.next();
        return this.is('=>');
      }
      return false;
    } catch (err) {
      if (!(err instanceof TSSyntaxError)) throw err;
      return false;
    } finally {
      this.restore(s);
    }
  }

  parseEntityName() {
    if (this.type !== 'name' && this.type !== 'private') this.unexpected();
    this.next();
    while (this.is('.')) {
      this.next();
      if (this.type !== 'name' && this.type !== 'private') this.unexpected();
      this.next();
    }
  }

  parseImportType() {
    this.next();
    if (!this.is('(')) this.unexpected('(');
    this.skipBalanced();
    while (this.is('.')) {
      this.next();
      this.next();
    }
    if (this.is('<') && !this.nl) this.skipAngles();
  }

  // `<...>` type parameters or arguments.
  skipAngles() {
    this.expect('<');
    while (!this.is('>')) {
      if ((this.isName('const') || this.isName('in') || this.isName('out')) && this.peek().type === 'name') {
        this.next();
        if (this.isName('out') && this.peek().type === 'name') this.next();
      }
      this.parseType();
      if (this.isName('extends')) {
        this.next();
        this.parseType();
      }
      if (this.eat('=')) this.parseType();
      if (!this.eat(',')) break;
    }
    this.expect('>');
  }

  maybeTypeParams() {
    if (this.is('<')) {
      const start = this.start;
      this.skipAngles();
      this.blank(start, this.prevEnd);
    }
  }

  // A return type (at ':'); returns [start, end) of the annotation.
  maybeReturnType() {
    if (!this.is(':')) return null;
    const start = this.start;
    this.parseTypeAnnotation();
    return [start, this.prevEnd];
  }

  // ---- statements ----
  parseProgram() {
    while (this.type !== 'eof') this.parseStatement();
  }

  // Returns 'type' for a statement that only declares types, 'value' otherwise.
  parseStatement(forced = false) {
    const start = this.start;
    const prevValue = this.prevToken();
    if (this.type === 'name') {
      const kind = this.parseTSDeclaration(start, prevValue, forced, false);
      if (kind !== undefined) return kind;
      const v = this.value;
      switch (v) {
        case 'var': case 'const':
          if (this.value === 'const' && this.peek().value === 'enum') {
            this.next();
            return this.parseTSDeclaration(start, prevValue, forced, false);
          }
          this.parseVar();
          this.semicolon();
          return 'value';
        case 'using':
        case 'await': {
          const t = this.peek();
          if (!t.nl && ((v === 'using' && t.type === 'name' && t.value !== 'in' && t.value !== 'of') ||
              (v === 'await' && t.value === 'using'))) {
            if (v === 'await') this.next();
            this.parseVar();
            this.semicolon();
            return 'value';
          }
          break;
        }
        case 'let': {
          const t = this.peek();
          if (t.type === 'name' || t.value === '[' || t.value === '{') {
            this.parseVar();
            this.semicolon();
            return 'value';
          }
          break;
        }
        case 'function':
          return this.parseFunctionStatement(start, prevValue, forced);
        case 'async': {
          const t = this.peek();
          if (t.value === 'function' && !t.nl) return this.parseFunctionStatement(start, prevValue, forced);
          break;
        }
        case 'class':
          this.parseClass();
          return 'value';
        case 'if':
          this.next();
          this.parseParenExpr();
          this.parseStatement(true);
          if (this.eat('else')) this.parseStatement(true);
          return 'value';
        case 'for':
          this.parseFor();
          return 'value';
        case 'while':
          this.next();
          this.parseParenExpr();
          this.parseStatement(true);
          return 'value';
        case 'do':
          this.next();
          this.parseStatement(true);
          this.expect('while');
          this.parseParenExpr();
          this.eat(';');
          return 'value';
        case 'return':
        case 'throw':
          this.next();
          if (!this.is(';') && !this.is('}') && this.type !== 'eof' && !this.nl) this.parseExpression();
          this.semicolon();
          if (v === 'return' && this.fnDepth === 0) {
            this.fail('Return statement is not allowed here', start, this.prevEnd);
          }
          return 'value';
        case 'break':
        case 'continue':
          this.next();
          if (this.type === 'name' && !this.nl) this.next();
          this.semicolon();
          return 'value';
        case 'debugger':
          this.next();
          this.semicolon();
          return 'value';
        case 'try':
          this.next();
          this.parseBlock();
          if (this.eat('catch')) {
            if (this.eat('(')) {
              this.parseBindingTarget();
              if (this.is(':')) this.parseTypeAnnotation();
              this.expect(')');
            }
            this.parseBlock();
          }
          if (this.eat('finally')) this.parseBlock();
          return 'value';
        case 'switch':
          this.next();
          this.parseParenExpr();
          this.expect('{');
          while (!this.eat('}')) {
            if (this.eat('case')) {
              this.parseExpression();
              this.expect(':');
            } else if (this.eat('default')) {
              this.expect(':');
            } else if (this.type === 'eof') {
              this.unexpected('}');
            } else {
              this.parseStatement();
            }
          }
          return 'value';
        case 'with':
          this.next();
          this.parseParenExpr();
          this.parseStatement(true);
          return 'value';
        case 'import': {
          const t = this.peek();
          if (t.value !== '(' && t.value !== '.') return this.parseImport(start, prevValue);
          break;
        }
        case 'export':
          return this.parseExport(start, prevValue);
        default:
          if (this.peek().value === ':') {
            this.next();
            this.next();
            this.parseStatement();
            return 'value';
          }
      }
    } else if (this.is('{')) {
      this.parseBlock();
      return 'value';
    } else if (this.is(';')) {
      this.next();
      return 'value';
    } else if (this.is('@')) {
      this.parseDecorators();
      if (this.isName('export')) return this.parseExport(this.start, this.prevToken());
      if (this.isName('abstract')) {
        this.blank(this.start, this.end);
        this.next();
        this.parseClass(true);
      } else {
        this.parseClass();
      }
      return 'value';
    }
    this.parseExpression();
    this.semicolon();
    return 'value';
  }

  // type, interface, declare, abstract class, enum, namespace/module; undefined for others.
  parseTSDeclaration(start, prevValue, forced, exported) {
    const v = this.value;
    const t = this.peek();
    switch (v) {
      case 'type':
        if (t.type !== 'name' || t.nl) return undefined;
        this.next();
        this.next();
        this.maybeTypeParams();
        this.expect('=');
        this.parseType();
        this.semicolon();
        this.removeStatement(start, prevValue, forced);
        return 'type';
      case 'interface':
        if (t.type !== 'name' || t.nl) return undefined;
        this.next();
        this.next();
        if (this.is('<')) this.skipAngles();
        if (this.eat('extends')) {
          do this.parseType(); while (this.eat(','));
        }
        if (!this.is('{')) this.unexpected('{');
        this.skipBalanced();
        this.removeStatement(start, prevValue, forced);
        return 'type';
      case 'declare':
        if (t.type !== 'name' || (t.nl && !exported && !['var', 'let', 'const', 'function', 'class', 'enum',
          'namespace', 'module', 'global', 'abstract', 'interface', 'type', 'async'].includes(t.value))) {
          return undefined;
        }
        this.next();
        this.parseAmbient();
        this.removeStatement(start, prevValue, forced);
        return 'declare';
      case 'abstract':
        if (t.value !== 'class' || t.nl) return undefined;
        this.blank(this.start, this.end);
        this.next();
        this.parseClass(true);
        return 'value';
      case 'enum':
        if (t.type !== 'name' || t.nl) return undefined;
        this.next();
        this.next();
        if (!this.is('{')) this.unexpected('{');
        this.skipBalanced();
        this.unsupportedSyntax('enum', start, this.prevEnd);
        return 'value';
      case 'namespace':
      case 'module':
      case 'global':
        if ((t.type !== 'name' && (t.type !== 'string' || v !== 'module')) || t.nl) {
          if (!(v === 'global' && t.value === '{')) return undefined;
        }
        if (v === 'global') return undefined;
        return this.parseNamespace(start, prevValue, forced);
      default:
        return undefined;
    }
  }

  parseNamespace(start, prevValue, forced) {
    const keyword = this.value;
    const keywordStart = this.start;
    this.next();
    if (this.type === 'string') {
      this.next();
      if (this.is('{')) this.skipBalanced(); else this.semicolon();
      this.removeStatement(start, prevValue, forced);
      return 'type';
    }
    if (keyword === 'module') this.unsupportedSyntax('module', keywordStart, this.end);
    this.parseEntityName();
    this.expect('{');
    let kind = 'type';
    while (!this.is('}')) {
      if (this.type === 'eof') this.unexpected('}');
      if (this.parseStatement() !== 'type') kind = 'value';
    }
    this.next();
    if (kind === 'type') {
      this.removeStatement(start, prevValue, forced);
    } else {
      this.unsupportedSyntax('namespace', start, this.prevEnd);
    }
    return kind;
  }

  // After `declare`: a declaration that only describes what exists elsewhere.
  parseAmbient() {
    const v = this.value;
    if (v === 'global' || v === 'namespace' || v === 'module') {
      if (v === 'module' && this.peek().type === 'name') this.unsupportedSyntax('module', this.start, this.end);
      this.next();
      if (this.type === 'string' || this.type === 'name') this.parseEntityNameOrString();
      if (this.is('{')) this.skipBalanced(); else this.semicolon();
      return;
    }
    if (v === 'const' && this.peek().value === 'enum') this.next();
    if (this.value === 'enum') {
      this.next();
      this.next();
      this.skipBalanced();
      return;
    }
    if (v === 'abstract') this.next();
    if (v === 'async') this.next();
    const kind = this.value;
    if (kind === 'var' || kind === 'let' || kind === 'const' || kind === 'using') {
      this.parseVar(true);
      this.semicolon();
    } else if (kind === 'function') {
      this.next();
      this.eat('*');
      this.next();
      if (this.is('<')) this.skipAngles();
      this.skipBalanced();
      if (this.is(':')) {
        this.next();
        this.parseType();
      }
      if (this.is('{')) this.skipBalanced(); else this.semicolon();
    } else if (kind === 'class') {
      this.next();
      if (this.type === 'name' && !this.isName('extends') && !this.isName('implements')) this.next();
      while (!this.is('{')) {
        if (this.type === 'eof') this.unexpected('{');
        if (this.is('<')) this.skipAngles(); else this.next();
      }
      this.skipBalanced();
    } else if (kind === 'type' || kind === 'interface') {
      const s = this.start;
      if (this.parseTSDeclaration(s, null, false, true) === undefined) this.unexpected();
    } else {
      this.unexpected();
    }
  }

  parseEntityNameOrString() {
    if (this.type === 'string') this.next(); else this.parseEntityName();
  }

  parseBlock() {
    this.expect('{');
    while (!this.is('}')) {
      if (this.type === 'eof') this.unexpected('}');
      this.parseStatement();
    }
    this.next();
  }

  parseParenExpr() {
    this.expect('(');
    this.parseExpression();
    this.expect(')');
  }

  // ambient: after `declare`; forHead: a `for (const x of y)` binding needs no initializer
  parseVar(ambient = false, forHead = false) {
    if (this.isName('await')) this.next();
    const isConst = this.isName('const');
    this.next();  // var/let/const/using
    for (;;) {
      const s = this.start;
      this.parseBindingTarget();
      if (this.is('!') && !this.nl) {
        this.blank(this.start, this.end);
        this.next();
      }
      if (this.is(':')) this.parseTypeAnnotation();
      if (this.eat('=')) {
        this.parseAssign();
      } else if (isConst && !ambient && !(forHead && (this.isName('of') || this.isName('in')))) {
        this.fail("'const' declarations must be initialized", s);
      }
      if (!this.eat(',')) break;
    }
  }

  parseFor() {
    this.next();
    if (this.isName('await')) this.next();
    this.expect('(');
    const oldNoIn = this.noIn;
    this.noIn = true;
    if (this.is(';')) {
      // no init
    } else if (this.isName('var') || this.isName('const') ||
               (this.isName('using') && this.peek().type === 'name' && this.peek().value !== 'of') ||
               (this.isName('await') && this.peek().value === 'using') ||
               (this.isName('let') && ['name', 'punct'].includes(this.peek().type) &&
                [undefined, '[', '{'].includes(this.peek().type === 'name' ? undefined : this.peek().value))) {
      this.parseVar(false, true);
    } else {
      this.parseExpression();
    }
    this.noIn = oldNoIn;
    if (this.isName('of') || this.isName('in')) {
      this.next();
      this.parseAssign();
    } else {
      this.expect(';');
      if (!this.is(';')) this.parseExpression();
      this.expect(';');
      if (!this.is(')')) this.parseExpression();
    }
    this.expect(')');
    this.parseStatement(true);
  }

  parseFunctionStatement(start, prevValue, forced) {
    const hasBody = this.parseFunction(true);
    if (!hasBody) {
      this.removeStatement(start, prevValue, forced);
      return 'type';
    }
    return 'value';
  }

  // function [*] name <T>(params): R { body }; returns false for an overload signature.
  parseFunction(statement, allowNoBody = statement) {
    if (this.isName('async')) this.next();
    this.expect('function');
    this.eat('*');
    if (this.type === 'name' && !this.is('(') && !this.is('<')) this.next();
    this.maybeTypeParams();
    this.parseParams(false);
    this.maybeReturnType();
    if (allowNoBody && !this.is('{')) {
      this.semicolon();
      return false;
    }
    this.parseFunctionBody();
    return true;
  }

  parseFunctionBody() {
    const oldNoIn = this.noIn;
    const oldCond = this.inCondTrue;
    this.noIn = false;
    this.inCondTrue = false;
    this.fnDepth++;
    this.parseBlock();
    this.fnDepth--;
    this.noIn = oldNoIn;
    this.inCondTrue = oldCond;
  }

  parseDecorators() {
    while (this.is('@')) {
      this.next();
      if (this.is('(')) {
        this.parseParenExpr();
      } else {
        this.next();
        while (this.is('.')) {
          this.next();
          this.next();
        }
        if (this.is('<')) this.tryTypeArgs();
        if (this.is('(')) this.parseArgs();
      }
    }
  }

  // (params); isConstructor: modifiers make parameter properties
  parseParams(isConstructor) {
    this.expect('(');
    let first = true;
    const oldNoIn = this.noIn;
    this.noIn = false;
    while (!this.is(')')) {
      const pStart = this.start;
      if (this.is('@')) this.parseDecorators();
      if (first && this.isName('this') && (this.peek().value === ':' || this.peek().value === ')' ||
          this.peek().value === ',')) {
        this.next();
        if (this.is(':')) {
          this.next();
          this.parseType();
        }
        if (this.is(',')) this.next();
        this.blank(pStart, this.prevEnd);
        first = false;
        continue;
      }
      first = false;
      const modStart = this.start;
      let modifier = false;
      while (this.type === 'name' && kTSModifiers.has(this.value)) {
        const t = this.peek();
        if (t.type === 'name' || t.value === '{' || t.value === '[' || t.value === '...') {
          modifier = true;
          this.next();
        } else {
          break;
        }
      }
      if (modifier) this.unsupportedSyntax('paramProp', modStart, this.end);
      void isConstructor;
      this.eat('...');
      this.parseBindingTarget();
      if (this.is('?')) {
        this.blank(this.start, this.end);
        this.next();
      }
      if (this.is(':')) this.parseTypeAnnotation();
      if (this.eat('=')) this.parseAssign();
      if (!this.eat(',')) break;
    }
    this.noIn = oldNoIn;
    this.expect(')');
  }

  parseBindingTarget() {
    if (this.is('[') || this.is('{')) {
      this.parsePrimary();
    } else if (this.type === 'name') {
      this.next();
    } else {
      this.unexpected();
    }
  }

  // ---- classes ----
  parseClass(abstract = false) {
    this.expect('class');
    if (this.type === 'name' && !this.isName('extends') && !this.isName('implements')) this.next();
    this.maybeTypeParams();
    const derived = this.isName('extends');
    if (this.eat('extends')) {
      this.parseSubscripts(this.parsePrimary(), false);
      if (this.is('<')) {
        const s = this.start;
        this.skipAngles();
        this.blank(s, this.prevEnd);
      }
    }
    if (this.isName('implements')) {
      const s = this.start;
      this.next();
      do this.parseType(); while (this.eat(','));
      this.blank(s, this.prevEnd);
    }
    this.expect('{');
    while (!this.eat('}')) {
      if (this.type === 'eof') this.unexpected('}');
      this.parseClassMember(abstract, derived);
    }
  }

  isMemberKeyStart(t) {
    return t.type === 'name' || t.type === 'string' || t.type === 'num' || t.type === 'private' ||
      t.value === '[' || t.value === '*' || t.value === '{';
  }

  parseClassMember(abstract, derived) {
    const start = this.start;
    if (this.eat(';')) return;
    if (this.is('@')) this.parseDecorators();
    if (this.isName('static') && this.peek().value === '{') {
      this.next();
      this.parseFunctionBody();
      return;
    }
    let remove = false;
    let isConstructor = false;
    let firstModifier = -1;
    let isStatic = false;
    // modifiers
    for (;;) {
      if (this.type !== 'name') break;
      const v = this.value;
      const isTS = kTSModifiers.has(v);
      if (!isTS && v !== 'static' && v !== 'accessor' && v !== 'async' && v !== 'get' && v !== 'set') break;
      const t = this.peek();
      if (!this.isMemberKeyStart(t) || ((v === 'async' || v === 'accessor') && t.nl)) break;
      if (isTS) {
        if (v === 'abstract' || v === 'declare') remove = true;
        if (v === 'abstract' && !abstract) {
          this.fail('Abstract methods can only appear within an abstract class.');
        }
        if (v === 'override' && !derived) {
          this.fail("This member cannot have an 'override' modifier because its containing class " +
            'does not extend another class.');
        }
        this.blank(this.start, this.end);
        if (firstModifier === -1) firstModifier = this.start;
      }
      if (v === 'static') isStatic = true;
      this.next();
    }
    // a member that starts with `[` or `*` once the modifier is gone could join the one before
    if (firstModifier !== -1 && !remove && !isStatic && (this.is('*') || this.is('['))) {
      this.puts.push([firstModifier, ';']);
    }
    this.eat('*');
    // index signature
    if (this.is('[')) {
      const s = this.save();
      this.next();
      if (this.type === 'name' && this.peek().value === ':') {
        this.restore(s);
        this.skipBalanced();
        if (this.is(':')) this.parseTypeAnnotation();
        this.semicolon();
        this.blank(start, this.prevEnd);
        return;
      }
      this.restore(s);
    }
    // key
    if (this.is('[')) {
      this.next();
      this.parseAssign();
      this.expect(']');
    } else if (this.type === 'name' || this.type === 'string' || this.type === 'num' ||
               this.type === 'private') {
      isConstructor = this.value === 'constructor' || this.value === '"constructor"' ||
        this.value === "'constructor'";
      this.next();
    } else {
      this.unexpected();
    }
    if ((this.is('?') || this.is('!')) && !this.is('?.')) {
      this.blank(this.start, this.end);
      this.next();
    }
    if (this.is('(') || this.is('<')) {
      this.maybeTypeParams();
      this.parseParams(isConstructor);
      this.maybeReturnType();
      if (!this.is('{')) {
        this.semicolon();
        this.blank(start, this.prevEnd);
        return;
      }
      this.parseFunctionBody();
      if (remove) this.blank(start, this.prevEnd);
      return;
    }
    if (this.is(':')) this.parseTypeAnnotation();
    if (this.eat('=')) {
      const oldNoIn = this.noIn;
      this.noIn = false;
      this.parseAssign();
      this.noIn = oldNoIn;
    }
    this.semicolon();
    if (remove) this.blank(start, this.prevEnd);
  }

  // ---- modules ----
  parseImport(start, prevValue) {
    this.next();
    if (this.type === 'string') {
      this.next();
      this.parseAttributes();
      this.semicolon();
      return 'value';
    }
    if (this.isName('type')) {
      const t = this.peek();
      if ((t.type === 'name' && t.value !== 'from') || t.value === '{' || t.value === '*') {
        this.next();
        if (this.type === 'name' && this.peek().value === '=') {
          this.next();
          this.next();
          this.parseModuleReference();
        } else {
          this.parseImportClause();
        }
        this.semicolon();
        this.removeStatement(start, prevValue, false);
        return 'type';
      }
    }
    if (this.type === 'name' && this.peek().value === '=') {
      this.next();
      this.next();
      this.parseModuleReference();
      this.semicolon();
      this.unsupportedSyntax('importEquals', start, this.prevEnd);
      return 'value';
    }
    this.parseImportClause();
    this.semicolon();
    return 'value';
  }

  parseModuleReference() {
    if (this.isName('require') && this.peek().value === '(') {
      this.next();
      this.skipBalanced();
    } else {
      this.parseEntityName();
    }
  }

  parseImportClause() {
    if (this.type === 'name' && !this.is('{')) {
      this.next();
      if (!this.eat(',')) {
        this.expect('from');
        this.next();
        this.parseAttributes();
        return;
      }
    }
    if (this.eat('*')) {
      this.expect('as');
      this.next();
    } else {
      this.parseSpecifiers();
    }
    this.expect('from');
    if (this.type !== 'string') this.unexpected();
    this.next();
    this.parseAttributes();
  }

  // { a, type B, c as d }: `type` specifiers are blanked with their comma
  parseSpecifiers() {
    this.expect('{');
    while (!this.is('}')) {
      const s = this.start;
      let typeOnly = false;
      if (this.isName('type')) {
        const t = this.peek();
        if (t.value !== ',' && t.value !== '}' && t.value !== 'as') typeOnly = true;
      }
      if (typeOnly) this.next();
      this.next();
      if (this.eat('as')) this.next();
      const hadComma = this.eat(',');
      if (typeOnly) this.blank(s, this.prevEnd);
      if (!hadComma) break;
    }
    this.expect('}');
  }

  parseAttributes() {
    if ((this.isName('with') || (this.isName('assert') && !this.nl)) && this.peek().value === '{') {
      this.next();
      this.skipBalanced();
    }
  }

  parseExport(start, prevValue) {
    this.next();
    if (this.is('=')) {
      this.next();
      this.parseExpression();
      this.semicolon();
      this.unsupportedSyntax('exportAssign', start, this.prevEnd);
      return 'value';
    }
    if (this.isName('as') && this.peek().value === 'namespace') {
      this.next();
      this.next();
      this.next();
      this.semicolon();
      return 'value';
    }
    if (this.isName('import')) {
      this.next();
      if (this.isName('type')) this.next();
      this.next();
      this.expect('=');
      this.parseModuleReference();
      this.semicolon();
      this.unsupportedSyntax('importEquals', start, this.prevEnd);
      return 'value';
    }
    if (this.isName('type')) {
      const t = this.peek();
      if (t.value === '{' || t.value === '*') {
        this.next();
        this.parseExportClause();
        this.removeStatement(start, prevValue, false);
        return 'type';
      }
    }
    if (this.isName('default')) {
      this.next();
      if (this.isName('interface') && this.peek().type === 'name') {
        this.parseTSDeclaration(this.start, null, false, true);
        this.blanks.pop();
        this.removeStatement(start, prevValue, false);
        return 'type';
      }
      let abstract = false;
      if (this.isName('abstract') && this.peek().value === 'class') {
        this.blank(this.start, this.end);
        this.next();
        abstract = true;
      }
      if (this.is('@')) this.parseDecorators();
      if (this.isName('class')) {
        this.parseClass(abstract);
        return 'value';
      }
      if (this.isName('function') || (this.isName('async') && this.peek().value === 'function' &&
          !this.peek().nl)) {
        if (!this.parseFunction(true)) {
          this.removeStatement(start, prevValue, false);
          return 'type';
        }
        return 'value';
      }
      this.parseAssign();
      this.semicolon();
      return 'value';
    }
    if (this.is('{') || this.is('*')) {
      this.parseExportClause();
      return 'value';
    }
    if (this.is('@')) this.parseDecorators();
    if (this.type === 'name') {
      const s = this.start;
      const kind = this.parseTSDeclaration(s, null, false, true);
      if (kind !== undefined) {
        if (kind === 'type' || kind === 'declare') {
          this.blanks.pop();
          this.removeStatement(start, prevValue, false);
        } else if (this.unsupported && this.unsupported.start === s) {
          this.unsupported.start = start;
        }
        return kind;
      }
      if (this.isName('const') && this.peek().value === 'enum') {
        this.next();
        this.parseTSDeclaration(this.start, null, false, true);
        if (this.unsupported) this.unsupported.start = start;
        return 'value';
      }
      if (this.isName('function') || this.isName('async')) {
        if (!this.parseFunction(true)) {
          this.removeStatement(start, prevValue, false);
          return 'type';
        }
        return 'value';
      }
    }
    this.parseStatement();
    return 'value';
  }

  parseExportClause() {
    if (this.eat('*')) {
      if (this.eat('as')) this.next();
    } else {
      this.parseSpecifiers();
    }
    if (this.eat('from')) {
      if (this.type !== 'string') this.unexpected();
      this.next();
      this.parseAttributes();
    }
    this.semicolon();
  }

  // ---- expressions ----
  parseExpression() {
    this.parseAssign();
    while (this.eat(',')) this.parseAssign();
  }

  startsExpression() {
    if (this.type === 'eof') return false;
    if (this.type !== 'punct') return true;
    return ['(', '[', '{', '+', '-', '!', '~', '++', '--', '/', '/=', '<', '@', '...'].includes(this.value);
  }

  parseAssign() {
    if (this.isName('yield')) {
      const t = this.peek();
      if (!t.nl && (t.type !== 'punct' || ['(', '[', '{', '+', '-', '!', '~', '*', '/', '<'].includes(t.value))) {
        this.next();
        if (this.eat('*') || this.startsExpression()) this.parseAssign();
        return;
      }
      if (t.type === 'punct' && [')', ']', '}', ',', ';', ':'].includes(t.value) || t.nl || t.type === 'eof') {
        this.next();
        return;
      }
    }
    if (this.tryArrow()) return;
    this.parseConditional();
    if (this.type === 'punct' && (kAssignOps.has(this.value) || this.is('>'))) {
      if (this.is('>')) {
        const op = this.readGt();
        if (!kAssignOps.has(op)) return;
        this.pos = this.start + op.length;
        this.next();
      } else {
        this.next();
      }
      this.parseAssign();
    }
  }

  // The operator starting with '>' at the current token ('>', '>=', '>>', '>>=', ...).
  readGt() {
    const m = /^>(?:>>?)?=?/.exec(this.src.slice(this.start, this.start + 4));
    return m[0];
  }

  // Arrow functions: x => ..., async x => ..., (params): R => ..., <T>(params) => ...
  tryArrow() {
    const start = this.start;
    if (this.type === 'name' && !this.isName('async') && !this.isName('function') && !this.isName('class')) {
      const t = this.peek();
      if (t.value === '=>' && !t.nl) {
        this.next();
        this.next();
        this.parseArrowBody();
        return true;
      }
      return false;
    }
    if (this.isName('async')) {
      const t = this.peek();
      if (t.nl) return false;
      if (t.type === 'name' && t.value !== 'function') {
        const s = this.save();
        this.next();
        this.next();
        if (this.is('=>') && !this.nl) {
          this.next();
          this.parseArrowBody();
          return true;
        }
        this.restore(s);
        return false;
      }
      if (t.value !== '(' && t.value !== '<') return false;
    } else if (!this.is('(') && !this.is('<')) {
      return false;
    }
    if (this.notArrow.has(start)) return false;
    const inCond = this.inCondTrue;
    let committed = false;
    const s = this.save();
    try {
      if (this.isName('async')) this.next();
      const lt = this.is('<') ? this.start : -1;
      this.maybeTypeParams();
      if (lt !== -1 && ['return', 'throw', 'yield'].includes(s.prevValue) && /[\n\r\u2028\u2029]/.test(this.src.slice(lt, this.start))) {
        // keep `(` where `<` was (after `return` a line break would end the statement)
        this.blank(this.start, this.end);
        this.puts.push([lt, '(']);
      }
      this.parseParams(false);
      let ret = null;
      if (this.is(':')) {
        const colon = this.start;
        const closeParen = this.prevEnd - 1;
        this.next();
        this.parseType();
        ret = [colon, this.prevEnd, closeParen];
      }
      if (!this.is('=>')) this.fail('Expected =>');
      if (this.nl) {
        committed = true;
        this.fail('Unexpected line break between arrow head and arrow');
      }
      if (ret !== null) {
        this.blank(ret[0], ret[1]);
        if (/[\n\r\u2028\u2029]/.test(this.src.slice(ret[2], ret[1]))) {
          // keep `)` on the line of `=>`
          this.blank(ret[2], ret[2] + 1);
          this.puts.push([ret[1] - 1, ')']);
        }
      }
      this.next();
      this.parseArrowBody();
      if (inCond && ret !== null && !this.is(':')) this.fail('Expected :');
      return true;
    } catch (err) {
      if (!(err instanceof TSSyntaxError) || committed) throw err;
      this.restore(s);
      this.notArrow.add(start);
      return false;
    }
  }

  parseArrowBody() {
    if (this.is('{')) {
      this.parseFunctionBody();
    } else {
      const oldCond = this.inCondTrue;
      this.inCondTrue = false;
      this.parseAssign();
      this.inCondTrue = oldCond;
    }
  }

  parseConditional() {
    this.parseBinary(0);
    if (this.is('?')) {
      this.next();
      const oldNoIn = this.noIn;
      const oldCond = this.inCondTrue;
      this.noIn = false;
      this.inCondTrue = true;
      this.parseAssign();
      this.inCondTrue = oldCond;
      this.noIn = oldNoIn;
      this.expect(':');
      this.inCondTrue = false;
      this.parseAssign();
      this.inCondTrue = oldCond;
    }
  }

  parseBinary(minPrec) {
    this.parseUnary();
    for (;;) {
      let op = this.value;
      if (this.type === 'name') {
        if (op === 'in' && this.noIn) return;
        if ((op === 'as' || op === 'satisfies') && this.nl) return;
        if (op !== 'in' && op !== 'instanceof' && op !== 'as' && op !== 'satisfies') return;
      } else if (this.type !== 'punct') {
        return;
      }
      if (op === '>') op = this.readGt();
      const prec = kBinaryPrec[op];
      if (prec === undefined || prec <= minPrec) return;
      if (op === 'as' || op === 'satisfies') {
        const s = this.start;
        this.next();
        if (this.isName('const')) {
          this.next();
        } else {
          this.parseType();
          // `x as T` then `(`, `[` or a template on the next line: two statements in TypeScript
          if (this.nl && (this.is('(') || this.is('[') || this.type === 'template')) this.puts.push([s, ';']);
        }
        this.blank(s, this.prevEnd);
        continue;
      }
      if (op.length > 1 && op[0] === '>') this.pos = this.start + op.length;
      this.next();
      this.parseBinary(op === '**' ? prec - 1 : prec);
    }
  }

  parseUnary() {
    if (this.type === 'punct') {
      const v = this.value;
      if (v === '!' || v === '~' || v === '+' || v === '-' || v === '++' || v === '--') {
        this.next();
        this.parseUnary();
        return;
      }
      if (v === '<') {
        // <T>expr (a generic arrow was tried first)
        const s = this.start;
        this.skipAngles();
        this.unsupportedSyntax('angle', s, this.prevEnd);
        this.parseUnary();
        return;
      }
    } else if (this.type === 'name') {
      const v = this.value;
      if (v === 'typeof' || v === 'void' || v === 'delete') {
        this.next();
        this.parseUnary();
        return;
      }
      if (v === 'await') {
        const t = this.peek();
        if (!(t.type === 'punct' && [')', ']', '}', ',', ';', ':', '=', '.', '?.', '=>'].includes(t.value)) &&
            t.type !== 'eof') {
          this.next();
          this.parseUnary();
          return;
        }
      }
    }
    this.parseSubscripts(this.parsePrimary(), false);
    if ((this.is('++') || this.is('--')) && !this.nl) this.next();
  }

  // Tries `<T, U>` as type arguments; true (and blanked) when they are.
  tryTypeArgs() {
    const start = this.start;
    if (this.notTypeArgs.has(start)) return false;
    const ok = this.attempt(() => {
      this.skipAngles();
      // `a < b, c >= d` and `a < b >> c` are comparisons and shifts
      const after = this.src.charCodeAt(this.prevEnd);
      if (after === 61 || after === 62) this.fail('not type arguments');
      if (this.is('(') || this.type === 'template') return;
      if (this.nl || kAfterTypeArgs.has(this.value) && this.type !== 'string' && this.type !== 'num') return;
      this.fail('not type arguments');
    });
    if (ok) this.blank(start, this.prevEnd); else this.notTypeArgs.add(start);
    return ok;
  }

  parseSubscripts(_, noCalls) {
    for (;;) {
      if (this.is('.')) {
        this.next();
        if (this.type !== 'name' && this.type !== 'private') this.unexpected();
        this.next();
      } else if (this.is('?.')) {
        if (noCalls) return;
        this.next();
        if (this.is('(')) this.parseArgs();
        else if (this.is('[')) this.parseIndex();
        else if (this.is('<')) {
          if (!this.tryTypeArgs()) this.unexpected();
          this.parseArgs();
        } else this.next();
      } else if (this.is('[')) {
        this.parseIndex();
      } else if (this.is('(')) {
        if (noCalls) return;
        this.parseArgs();
      } else if (this.type === 'template') {
        this.parseTemplate();
      } else if (this.is('!') && !this.nl) {
        this.blank(this.start, this.end);
        this.next();
      } else if (this.is('<')) {
        if (!this.tryTypeArgs()) return;
      } else {
        return;
      }
    }
  }

  parseIndex() {
    this.next();
    const oldNoIn = this.noIn;
    this.noIn = false;
    this.parseExpression();
    this.noIn = oldNoIn;
    this.expect(']');
  }

  parseArgs() {
    this.expect('(');
    const oldNoIn = this.noIn;
    const oldCond = this.inCondTrue;
    this.noIn = false;
    this.inCondTrue = false;
    while (!this.is(')')) {
      this.eat('...');
      this.parseAssign();
      if (!this.eat(',')) break;
    }
    this.noIn = oldNoIn;
    this.inCondTrue = oldCond;
    this.expect(')');
  }

  parseTemplate() {
    while (!this.tail) {
      this.next();
      const oldNoIn = this.noIn;
      this.noIn = false;
      this.parseExpression();
      this.noIn = oldNoIn;
      this.continueTemplate();
    }
    this.next();
  }

  parsePrimary() {
    const oldNoIn = this.noIn;
    switch (this.type) {
      case 'num': case 'string': case 'regex':
        this.next();
        return;
      case 'template':
        this.parseTemplate();
        return;
      case 'private':
        this.next();
        return;
      case 'name': {
        const v = this.value;
        if (v === 'function' || (v === 'async' && this.peek().value === 'function' && !this.peek().nl)) {
          this.parseFunction(false);
          return;
        }
        if (v === 'class') {
          this.parseClass();
          return;
        }
        if (v === 'new') {
          this.next();
          if (this.eat('.')) {
            this.next();
            return;
          }
          this.parseSubscripts(this.parsePrimary(), true);
          if (this.is('<')) this.tryTypeArgs();
          if (this.is('(')) this.parseArgs();
          return;
        }
        this.next();
        return;
      }
      case 'punct':
        break;
      default:
        this.fail('Expression expected');
    }
    const v = this.value;
    if (v === '/' || v === '/=') {
      this.rescanRegex();
      this.next();
      return;
    }
    if (v === '(') {
      this.next();
      this.noIn = false;
      const oldCond = this.inCondTrue;
      this.inCondTrue = false;
      this.parseExpression();
      this.inCondTrue = oldCond;
      this.noIn = oldNoIn;
      this.expect(')');
      return;
    }
    if (v === '[') {
      this.next();
      this.noIn = false;
      while (!this.is(']')) {
        if (this.eat(',')) continue;
        this.eat('...');
        this.parseAssign();
        if (!this.eat(',')) break;
      }
      this.noIn = oldNoIn;
      this.expect(']');
      return;
    }
    if (v === '{') {
      this.parseObject();
      return;
    }
    if (v === '@') {
      this.parseDecorators();
      this.parseClass();
      return;
    }
    this.fail('Expression expected');
  }

  parseObject() {
    this.next();
    const oldNoIn = this.noIn;
    const oldCond = this.inCondTrue;
    this.noIn = false;
    this.inCondTrue = false;
    while (!this.is('}')) {
      if (this.eat('...')) {
        this.parseAssign();
      } else {
        // get/set/async/* prefixes
        while ((this.isName('get') || this.isName('set') || this.isName('async')) &&
               this.isMemberKeyStart(this.peek()) && !this.peek().nl) {
          this.next();
        }
        this.eat('*');
        if (this.is('[')) {
          this.next();
          this.parseAssign();
          this.expect(']');
        } else if (this.type === 'name' || this.type === 'string' || this.type === 'num' ||
                   this.type === 'private') {
          this.next();
        } else {
          this.unexpected();
        }
        if (this.is('(') || this.is('<')) {
          this.maybeTypeParams();
          this.parseParams(false);
          this.maybeReturnType();
          this.parseFunctionBody();
        } else if (this.eat(':')) {
          this.parseAssign();
        } else if (this.eat('=')) {
          this.parseAssign();  // shorthand default in a pattern
        }
      }
      if (!this.eat(',')) break;
    }
    this.noIn = oldNoIn;
    this.inCondTrue = oldCond;
    this.expect('}');
  }
}

// Blanks each character: line terminators and tabs stay; other characters become characters
// of the same UTF-8 length (' ', U+00A0, U+2002, ' ' U+FEFF), as node's stripper writes them.
function blankText(text) {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 9 || c === 11 || c === 12) {
      out += text[i];
    } else if (c < 0x80) {
      out += ' ';
    } else if (c < 0x800) {
      out += '\u00a0';
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      out += ' \ufeff';
      i++;
    } else {
      out += '\u2002';
    }
  }
  return out;
}

function render(src, blanks, puts) {
  if (blanks.length === 0 && puts.length === 0) return src;
  blanks.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged = [];
  for (const r of blanks) {
    const last = merged[merged.length - 1];
    if (last !== undefined && r[0] <= last[1]) {
      if (r[1] > last[1]) last[1] = r[1];
    } else {
      merged.push([r[0], r[1]]);
    }
  }
  const putAt = new Map(puts);
  let out = '';
  let at = 0;
  for (const [s, e] of merged) {
    out += src.slice(at, s);
    let text = blankText(src.slice(s, e));
    if (putAt.size > 0) {
      for (const [p, ch] of putAt) {
        if (p >= s && p < e) {
          const off = blankText(src.slice(s, p)).length;
          text = text.slice(0, off) + ch + text.slice(off + 1);
        }
      }
    }
    out += text;
    at = e;
  }
  return out + src.slice(at);
}

// -> the stripped source; throws TSSyntaxError.
function strip(source) {
  const p = new Parser(source);
  p.parseProgram();
  if (p.unsupported !== null) throw p.unsupported;
  const out = render(source, p.blanks, p.puts);
  // node's stripper drops a byte order mark
  return out.charCodeAt(0) === 0xFEFF ? out.slice(1) : out;
}

// The source excerpt node shows above a TypeScript error: the line before, the lines of the
// span (underlined, or marked with '>' when it covers several lines), the line after.
function codeFrame(source, start, end) {
  const lines = source.split(/\r?\n|\r|\u2028|\u2029/);
  let line = 0;
  let col = start;
  for (let i = 0, at = 0; i < lines.length; i++) {
    const len = lines[i].length + (source[at + lines[i].length] === '\r' &&
      source[at + lines[i].length + 1] === '\n' ? 2 : 1);
    if (start < at + len) {
      line = i;
      col = start - at;
      break;
    }
    at += len;
  }
  let lastLine = line;
  for (let i = line, at = start - col; i < lines.length; i++) {
    if (end <= at + lines[i].length + 1 || i === lines.length - 1) {
      lastLine = i;
      break;
    }
    at += lines[i].length + 1;
  }
  const out = [];
  if (lastLine === line) {
    if (line > 0) out.push(lines[line - 1]);
    out.push(lines[line]);
    out.push(' '.repeat(col) + '^'.repeat(Math.max(1, Math.min(end, start - col + lines[line].length) - start)));
    if (line + 1 < lines.length && !(line + 2 === lines.length && lines[line + 1] === '')) {
      out.push(lines[line + 1]);
    }
  } else {
    if (line > 0) out.push(`    ${lines[line - 1]}`);
    for (let i = line; i <= lastLine; i++) out.push(`  > ${lines[i]}`);
    if (lastLine + 1 < lines.length && !(lastLine + 2 === lines.length && lines[lastLine + 1] === '')) {
      out.push(`    ${lines[lastLine + 1]}`);
    }
  }
  return { line: line + 1, frame: out.join('\n') };
}

let codes;
function errorCodes() {
  codes ??= require('internal/errors').codes;
  return codes;
}

// A parser error as node throws it: ERR_INVALID_TYPESCRIPT_SYNTAX or
// ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX, with the source excerpt in front of the stack.
function toNodeError(err, source, filename) {
  if (!(err instanceof TSSyntaxError)) return err;
  const { ERR_INVALID_TYPESCRIPT_SYNTAX, ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX } = errorCodes();
  const Ctor = err.unsupported ? ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX : ERR_INVALID_TYPESCRIPT_SYNTAX;
  const e = new Ctor(err.message);
  const { line, frame } = codeFrame(source, err.start, err.end);
  e.stack = `${filename}:${line}\n${frame}\n\n${e.stack}`;
  // the stack carries the excerpt: a fatal report does not add V8's
  internalBinding('util').setHiddenValue(e, 'nodus:arrow', '');
  return e;
}

function stripOrThrow(source, filename) {
  try {
    return strip(source);
  } catch (err) {
    throw toNodeError(err, source, filename);
  }
}

let warned = false;
// module.stripTypeScriptTypes(code[, options])
function stripTypeScriptTypes(code, options = {}) {
  if (!warned) {
    warned = true;
    process.emitWarning('stripTypeScriptTypes is an experimental feature and might change at any time',
      'ExperimentalWarning');
  }
  const { validateString, validateOneOf, validateBoolean } = require('internal/validators');
  validateString(code, 'code');
  if (options === null || typeof options !== 'object') {
    throw new (errorCodes().ERR_INVALID_ARG_TYPE)('options', 'object', options);
  }
  const { mode = 'strip', sourceMap = false, sourceUrl = '' } = options;
  validateOneOf(mode, 'options.mode', ['strip', 'transform']);
  validateBoolean(sourceMap, 'options.sourceMap');
  validateString(sourceUrl, 'options.sourceUrl');
  if (mode === 'transform') throw transformUnsupported("mode 'transform' of module.stripTypeScriptTypes()");
  validateOneOf(sourceMap, 'options.sourceMap', [false, undefined]);
  const out = stripOrThrow(code, sourceUrl);
  return sourceUrl === '' ? out : `${out}\n\n//# sourceURL=${sourceUrl}`;
}

// nodus implements strip-only mode: TypeScript that needs code generation is refused.
function transformUnsupported(what) {
  const err = new (errorCodes().ERR_METHOD_NOT_IMPLEMENTED)(what);
  const message = `TypeScript ${what} is not supported by ` +
    'nodus: it strips types only (enum, namespaces with values and parameter properties need ' +
    'transform mode)';
  err.stack = err.stack.replace(err.message, message);
  err.message = message;
  return err;
}

// 'strip' (node 22.18+'s default), 'transform' (--experimental-transform-types) or false
// (--no-experimental-strip-types), as process.features.typescript says.
function typeScriptMode() {
  const mode = internalBinding('options').typescript;
  return mode === '' ? false : mode;
}

function isTypeScriptFile(filename) {
  return /\.[cm]?ts$/.test(filename) && typeScriptMode() !== false;
}

// The format the extension alone decides (a .ts file's depends on its package).
function typeScriptFormat(ext) {
  if (ext === '.mts') return 'module-typescript';
  if (ext === '.cts') return 'commonjs-typescript';
  return undefined;
}

// The loaders' step for a .ts/.mts/.cts file (node refuses files under node_modules).
function stripTypeScriptModuleTypes(source, filename) {
  if (/[\\/]node_modules[\\/]/.test(filename)) {
    throw new (errorCodes().ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING)(filename);
  }
  try {
    return strip(source);
  } catch (err) {
    if (err instanceof TSSyntaxError && err.unsupported && typeScriptMode() === 'transform') {
      err.message += ' (nodus strips types only: --experimental-transform-types is not supported)';
    }
    throw toNodeError(err, source, filename);
  }
}

module.exports = {
  strip, TSSyntaxError, stripTypeScriptTypes, stripTypeScriptModuleTypes, transformUnsupported,
  typeScriptMode, isTypeScriptFile, typeScriptFormat,
};
