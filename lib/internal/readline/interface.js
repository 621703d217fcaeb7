'use strict';
// readline.Interface: line input over duck-typed streams. On a terminal it edits the line in
// raw mode (cursor keys, kill/yank-less emacs bindings, history, tab completion); otherwise it
// splits the input on line endings and emits one 'line' per line.

const EventEmitter = require('events');
const { emitKeypressEvents, kEscapeCodeTimeout } = require('internal/readline/emitKeypressEvents');
const {
  cursorToSequence, moveCursorSequence, clearScreenDownSequence,
} = require('internal/readline/callbacks');
const { validateAbortSignal, validateUint32, validateNumber } = require('internal/validators');

const kHistorySize = 30;
const kMinCrlfDelay = 100;
const kQuestionCallback = Symbol('questionCallback');
const kOldPrompt = Symbol('oldPrompt');
const kSubstringSearch = Symbol('substringSearch');
const kLastKeyWasTab = Symbol('lastKeyWasTab');
const kDecoder = Symbol('decoder');
const kSawReturnAt = Symbol('sawReturnAt');
const kLineBuffer = Symbol('lineBuffer');
const kListeners = Symbol('listeners');

let inspectModule;
function stringWidth(str) {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule.getStringWidth(str, true);
}
function stripVT(str) {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule.stripVTControlCharacters(str);
}
function errors() {
  return require('internal/errors');
}

function makeTextDecoder() {
  const TD = typeof TextDecoder === 'function' ? TextDecoder :
    require('internal/encoding').TextDecoder;
  return new TD('utf-8');
}

function commonPrefix(strings) {
  if (strings.length === 0) return '';
  let prefix = strings[0];
  for (let i = 1; i < strings.length && prefix !== ''; i++) {
    const s = strings[i];
    let n = 0;
    while (n < prefix.length && n < s.length && prefix[n] === s[n]) n++;
    prefix = prefix.slice(0, n);
  }
  return prefix;
}

// Length (in UTF-16 units) of the character before / at a position.
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if (i > 1 && str.codePointAt(i - 2) > 0xffff) return 2;
  return 1;
}
function charLengthAt(str, i) {
  if (str.length <= i) return 1;
  return str.codePointAt(i) > 0xffff ? 2 : 1;
}

class Interface extends EventEmitter {
  constructor(input, output, completer, terminal) {
    super();
    let history;
    let historySize;
    let removeHistoryDuplicates = false;
    let crlfDelay;
    let prompt = '> ';
    let signal;
    let tabSize = 8;
    let escapeCodeTimeout;
    if (input && input.input) {
      // An options object.
      const options = input;
      output = options.output;
      completer = options.completer;
      terminal = options.terminal;
      history = options.history;
      historySize = options.historySize;
      signal = options.signal;
      if (options.tabSize !== undefined) {
        validateUint32(options.tabSize, 'tabSize', true);
        tabSize = options.tabSize;
      }
      removeHistoryDuplicates = options.removeHistoryDuplicates;
      if (options.prompt !== undefined) prompt = options.prompt;
      if (options.escapeCodeTimeout !== undefined) {
        if (Number.isFinite(options.escapeCodeTimeout) && options.escapeCodeTimeout > 0) {
          escapeCodeTimeout = options.escapeCodeTimeout;
        } else {
          throw new (errors().codes.ERR_INVALID_ARG_VALUE)(
            'input.escapeCodeTimeout', options.escapeCodeTimeout);
        }
      }
      if (signal) validateAbortSignal(signal, 'options.signal');
      crlfDelay = options.crlfDelay;
      input = options.input;
    }
    if (completer !== undefined && typeof completer !== 'function') {
      throw new (errors().codes.ERR_INVALID_ARG_VALUE)('completer', completer);
    }
    if (history === undefined) {
      history = [];
    } else if (!Array.isArray(history)) {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('history', 'Array', history);
    }
    if (historySize === undefined) historySize = kHistorySize;
    validateNumber(historySize, 'historySize', 0);
    if (terminal === undefined && !(output === null || output === undefined)) {
      terminal = Boolean(output.isTTY);
    }

    this.line = '';
    this.cursor = 0;
    this.history = history;
    this.historySize = historySize;
    this.historyIndex = -1;
    this.removeHistoryDuplicates = Boolean(removeHistoryDuplicates);
    this.crlfDelay = crlfDelay ? Math.max(kMinCrlfDelay, crlfDelay) : kMinCrlfDelay;
    this.completer = completer;
    this.isCompletionEnabled = true;
    this.tabSize = tabSize;
    this.escapeCodeTimeout = escapeCodeTimeout === undefined ? 500 : escapeCodeTimeout;
    this[kEscapeCodeTimeout] = this.escapeCodeTimeout;
    this._prompt = prompt;
    this.input = input;
    this.output = output;
    this.terminal = Boolean(terminal);
    this.paused = false;
    this.prevRows = 0;
    this[kQuestionCallback] = null;
    this[kOldPrompt] = undefined;
    this[kSubstringSearch] = null;
    this[kLastKeyWasTab] = false;
    this[kDecoder] = null;
    this[kSawReturnAt] = 0;
    this[kLineBuffer] = '';

    const onData = (data) => this._normalWrite(data);
    const onEnd = () => {
      if (this[kLineBuffer].length > 0) {
        const rest = this[kLineBuffer];
        this[kLineBuffer] = '';
        this._onLine(rest);
      }
      this.close();
    };
    const onKeypress = (s, key) => {
      this._ttyWrite(s, key);
    };
    const onTermEnd = () => {
      if (typeof this.line === 'string' && this.line.length > 0) this.emit('line', this.line);
      this.close();
    };
    const onResize = () => this._refreshLine();
    this[kListeners] = { onData, onEnd, onKeypress, onTermEnd, onResize };

    if (signal) {
      const onAborted = () => this.close();
      if (signal.aborted) {
        process.nextTick(onAborted);
      } else {
        signal.addEventListener('abort', onAborted, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAborted));
      }
    }

    if (!this.terminal) {
      input.on('data', onData);
      input.on('end', onEnd);
    } else {
      emitKeypressEvents(input, this);
      input.on('keypress', onKeypress);
      input.on('end', onTermEnd);
      this._setRawMode(true);
      if (output !== null && output !== undefined && typeof output.on === 'function') {
        output.on('resize', onResize);
      }
    }
    if (typeof input.resume === 'function') input.resume();
  }

  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this._prompt = prompt;
  }

  getPrompt() {
    return this._prompt;
  }

  _setRawMode(mode) {
    const wasRaw = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasRaw;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this._refreshLine();
    } else {
      this._writeToOutput(this._prompt);
    }
  }

  question(query, options, cb) {
    cb = typeof options === 'function' ? options : cb;
    if (options === null || typeof options !== 'object') options = {};
    if (options.signal) {
      validateAbortSignal(options.signal, 'options.signal');
      if (options.signal.aborted) return;
      const onAbort = () => this._questionCancel();
      options.signal.addEventListener('abort', onAbort, { once: true });
      const inner = cb;
      cb = (answer) => {
        options.signal.removeEventListener('abort', onAbort);
        return inner(answer);
      };
    }
    if (this.closed) throw new (errors().codes.ERR_USE_AFTER_CLOSE)('readline');
    if (typeof cb !== 'function') return;
    if (this[kQuestionCallback]) {
      this.prompt();
      return;
    }
    this[kOldPrompt] = this._prompt;
    this.setPrompt(query);
    this[kQuestionCallback] = cb;
    this.prompt();
  }

  _questionCancel() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  _onLine(line) {
    if (this[kQuestionCallback]) {
      const cb = this[kQuestionCallback];
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  _writeToOutput(s) {
    if (typeof s !== 'string') {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('stringToWrite', 'string', s);
    }
    if (this.output !== null && this.output !== undefined) this.output.write(s);
  }

  _addHistory() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    if (this.line.trim().length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const at = this.history.indexOf(this.line);
        if (at !== -1) this.history.splice(at, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    const line = this.line;
    this.emit('history', this.history);
    return line;
  }

  // Display width and height of `str` as the terminal lays it out.
  _getDisplayPos(str) {
    let offset = 0;
    const col = this.columns;
    let rows = 0;
    str = stripVT(str);
    const lines = str.split(/\r?\n/);
    for (let li = 0; li < lines.length; li++) {
      if (li > 0) {
        rows += Math.ceil(offset / col) || 1;
        offset = 0;
      }
      let line = lines[li];
      if (line.includes('\t')) {
        let expanded = '';
        let w = 0;
        for (const ch of line) {
          if (ch === '\t') {
            const n = this.tabSize - (w % this.tabSize);
            expanded += ' '.repeat(n);
            w += n;
          } else {
            expanded += ch;
            w += stringWidth(ch);
          }
        }
        line = expanded;
      }
      offset += stringWidth(line);
    }
    const cols = offset % col;
    rows += (offset - cols) / col;
    return { cols, rows };
  }

  getCursorPos() {
    const before = this._prompt + this.line.slice(0, this.cursor);
    return this._getDisplayPos(before);
  }

  _refreshLine() {
    const line = this._prompt + this.line;
    const dispPos = this._getDisplayPos(line);
    const lineRows = dispPos.rows;
    const cursorPos = this.getCursorPos();
    let out = '';
    if (this.prevRows > 0) out += moveCursorSequence(0, -this.prevRows);
    out += cursorToSequence(0);
    out += clearScreenDownSequence;
    out += line;
    // A subclass may show more after the line (the REPL's previews): text after the line
    // and a line below it, both in grey.
    const deco = this._decorations ? this._lineDecoration() : null;
    let endRows = lineRows;
    let endCols = dispPos.cols;
    if (deco && deco.suffix) {
      out += `\x1b[90m${deco.suffix}\x1b[39m`;
      const full = this._getDisplayPos(line + deco.suffix);
      endRows = full.rows;
      endCols = full.cols;
    }
    // Force the terminal to wrap when the line ends exactly at the right margin.
    if (endCols === 0) out += ' ';
    if (deco && deco.below) {
      out += `\r\n\x1b[90m${deco.below}\x1b[39m`;
      endRows++;
    }
    this._decorated = Boolean(deco && (deco.suffix || deco.below));
    out += cursorToSequence(cursorPos.cols);
    const diff = endRows - cursorPos.rows;
    if (diff > 0) out += moveCursorSequence(0, -diff);
    this.prevRows = cursorPos.rows;
    this._writeToOutput(out);
  }

  // What to show after the line: { suffix, below } or null (see _refreshLine).
  _lineDecoration() {
    return null;
  }

  clearLine() {
    this._moveCursor(Infinity);
    if (this._decorated) {
      this._writeToOutput(clearScreenDownSequence);
      this._decorated = false;
    }
    this._writeToOutput('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this._setRawMode(false);
    const l = this[kListeners];
    if (!this.terminal) {
      this.input.removeListener('data', l.onData);
      this.input.removeListener('end', l.onEnd);
    } else {
      this.input.removeListener('keypress', l.onKeypress);
      this.input.removeListener('end', l.onTermEnd);
      if (this.output && typeof this.output.removeListener === 'function') {
        this.output.removeListener('resize', l.onResize);
      }
    }
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.paused) return;
    if (typeof this.input.pause === 'function') this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    if (typeof this.input.resume === 'function') this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(d, key) {
    if (this.paused) this.resume();
    if (this.terminal) this._ttyWrite(d, key);
    else this._normalWrite(d);
  }

  _normalWrite(b) {
    if (b === undefined) return;
    let string;
    if (typeof b === 'string') {
      string = b;
    } else {
      if (this[kDecoder] === null) this[kDecoder] = makeTextDecoder();
      string = this[kDecoder].decode(b, { stream: true });
    }
    if (string === '') return;
    if (this[kSawReturnAt] && string[0] === '\n' &&
        Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      string = string.slice(1);
    }
    this[kSawReturnAt] = 0;
    if (string.endsWith('\r')) this[kSawReturnAt] = Date.now();
    const parts = string.split(/\r\n|\n|\r/);
    if (parts.length === 1) {
      this[kLineBuffer] += parts[0];
      return;
    }
    parts[0] = this[kLineBuffer] + parts[0];
    this[kLineBuffer] = parts.pop();
    for (const line of parts) {
      if (this.closed) break;
      this._onLine(line);
    }
  }

  _insertString(c) {
    if (this.cursor < this.line.length || this._decorations) {
      this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
      this.cursor += c.length;
      this._refreshLine();
    } else {
      const oldPos = this.getCursorPos();
      this.line += c;
      this.cursor += c.length;
      const newPos = this.getCursorPos();
      if (oldPos.rows < newPos.rows || newPos.cols === 0) this._refreshLine();
      else this._writeToOutput(c);
    }
  }

  _tabComplete(lastKeyWasTab) {
    this.pause();
    const string = this.line.slice(0, this.cursor);
    const done = (err, value) => {
      this.resume();
      if (err) return;
      this._tabCompleter(lastKeyWasTab, value);
    };
    try {
      if (this.completer.length === 2) {
        this.completer(string, done);
      } else {
        const r = this.completer(string);
        if (r && typeof r.then === 'function') r.then((v) => done(null, v), done);
        else done(null, r);
      }
    } catch (err) {
      this.resume();
      throw err;
    }
  }

  _tabCompleter(lastKeyWasTab, value) {
    if (!Array.isArray(value)) return;
    const completions = value[0];
    const completeOn = value[1] === undefined ? '' : String(value[1]);
    if (!Array.isArray(completions) || completions.length === 0) return;
    const real = completions.filter((e) => e);
    if (real.length === 1) {
      if (real[0].startsWith(completeOn)) {
        this._insertString(real[0].slice(completeOn.length));
      } else if (this.line.slice(0, this.cursor).endsWith(completeOn)) {
        // A match in another case: replace what was typed.
        this.line = this.line.slice(0, this.cursor - completeOn.length) + real[0] +
          this.line.slice(this.cursor);
        this.cursor += real[0].length - completeOn.length;
        this._refreshLine();
      }
      return;
    }
    const prefix = commonPrefix(real);
    if (prefix.length > completeOn.length && prefix.startsWith(completeOn)) {
      this._insertString(prefix.slice(completeOn.length));
      return;
    }
    if (!lastKeyWasTab) return;
    // Second tab: list the candidates in columns, groups separated by blank lines.
    let width = 0;
    for (const c of real) width = Math.max(width, stringWidth(c));
    width += 2;
    let maxColumns = Math.floor(this.columns / width);
    if (!maxColumns || maxColumns === Infinity) maxColumns = 1;
    let out = '\r\n';
    let lineIndex = 0;
    let pad = 0;
    for (const c of completions) {
      if (c === '' || lineIndex === maxColumns) {
        out += '\r\n';
        lineIndex = 0;
        pad = 0;
      } else {
        out += ' '.repeat(pad);
      }
      if (c !== '') {
        out += c;
        pad = width - stringWidth(c);
        lineIndex++;
      } else {
        out += '\r\n';
      }
    }
    if (lineIndex !== 0) out += '\r\n\r\n';
    if (this._decorated) {
      this._moveCursor(Infinity);
      out = clearScreenDownSequence + out;
      this._decorated = false;
    }
    this._writeToOutput(out);
    this._refreshLine();
  }

  _wordLeft() {
    if (this.cursor > 0) {
      const before = this.line.slice(0, this.cursor);
      const m = before.match(/(?:[^\p{L}\p{N}_\s]+|[\p{L}\p{N}_]+)\s*$/u);
      this._moveCursor(-(m ? m[0].length : before.length));
    }
  }

  _wordRight() {
    if (this.cursor < this.line.length) {
      const after = this.line.slice(this.cursor);
      const m = after.match(/^(?:\s+|[^\p{L}\p{N}_\s]+|[\p{L}\p{N}_]+)\s*/u);
      this._moveCursor(m ? m[0].length : after.length);
    }
  }

  _deleteLeft() {
    if (this.cursor > 0 && this.line.length > 0) {
      const n = charLengthLeft(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor - n) + this.line.slice(this.cursor);
      this.cursor -= n;
      this._refreshLine();
    }
  }

  _deleteRight() {
    if (this.cursor < this.line.length) {
      const n = charLengthAt(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + n);
      this._refreshLine();
    }
  }

  _deleteWordLeft() {
    if (this.cursor > 0) {
      let before = this.line.slice(0, this.cursor);
      const m = before.match(/(?:[^\p{L}\p{N}_\s]+|[\p{L}\p{N}_]+)\s*$/u);
      before = before.slice(0, before.length - (m ? m[0].length : before.length));
      this.line = before + this.line.slice(this.cursor);
      this.cursor = before.length;
      this._refreshLine();
    }
  }

  _deleteWordRight() {
    if (this.cursor < this.line.length) {
      const after = this.line.slice(this.cursor);
      const m = after.match(/^(?:\s+|\W+|\w+)\s*/);
      this.line = this.line.slice(0, this.cursor) + after.slice(m ? m[0].length : after.length);
      this._refreshLine();
    }
  }

  _deleteLineLeft() {
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this._refreshLine();
  }

  _deleteLineRight() {
    this.line = this.line.slice(0, this.cursor);
    this._refreshLine();
  }

  _line() {
    const line = this._addHistory();
    this[kSubstringSearch] = null;
    this.clearLine();
    this._onLine(line);
  }

  _historyNext() {
    if (this.historyIndex >= 0) {
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex - 1;
      while (index >= 0 &&
             ((search !== '' && !this.history[index].startsWith(search)) ||
              this.line === this.history[index])) {
        index--;
      }
      this.line = index === -1 ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this._refreshLine();
    }
  }

  _historyPrev() {
    if (this.historyIndex < this.history.length && this.history.length) {
      const search = this[kSubstringSearch] || '';
      let index = this.historyIndex + 1;
      while (index < this.history.length &&
             ((search !== '' && !this.history[index].startsWith(search)) ||
              this.line === this.history[index])) {
        index++;
      }
      // Past the oldest match: back to what was typed.
      this.line = index === this.history.length ? search : this.history[index];
      this.historyIndex = index;
      this.cursor = this.line.length;
      this._refreshLine();
    }
  }

  _moveCursor(dx) {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor += dx;
    if (this.cursor < 0) this.cursor = 0;
    else if (this.cursor > this.line.length) this.cursor = this.line.length;
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) {
      const diff = newPos.cols - oldPos.cols;
      if (diff !== 0) this._writeToOutput(moveCursorSequence(diff, 0));
    } else {
      this._refreshLine();
    }
  }

  clearScreen() {
    this._writeToOutput(cursorToSequence(0, 0) + clearScreenDownSequence);
    this.prevRows = 0;
    this._refreshLine();
  }

  _ttyWrite(s, key) {
    const previousKeyWasTab = this[kLastKeyWasTab];
    key = key || {};
    this[kLastKeyWasTab] = false;
    if (key.name !== 'up' && key.name !== 'down' &&
        !(key.ctrl && (key.name === 'p' || key.name === 'n'))) {
      this[kSubstringSearch] = null;
      this.historyIndex = -1;
    } else if (this[kSubstringSearch] === null) {
      this[kSubstringSearch] = this.line.slice(0, this.cursor);
    }

    if (key.name === 'escape') return;

    if (key.ctrl && key.shift) {
      switch (key.name) {
        case 'backspace': this._deleteLineLeft(); return;
        case 'delete': this._deleteLineRight(); return;
      }
    }

    if (key.ctrl) {
      switch (key.name) {
        case 'c':
          if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
          else this.close();
          return;
        case 'h': this._deleteLeft(); return;
        case 'd':
          if (this.cursor === 0 && this.line.length === 0) this.close();
          else if (this.cursor < this.line.length) this._deleteRight();
          return;
        case 'u': this._deleteLineLeft(); return;
        case 'k': this._deleteLineRight(); return;
        case 'a': this._moveCursor(-Infinity); return;
        case 'e': this._moveCursor(Infinity); return;
        case 'b': this._moveCursor(-charLengthLeft(this.line, this.cursor)); return;
        case 'f': this._moveCursor(charLengthAt(this.line, this.cursor)); return;
        case 'l': this.clearScreen(); return;
        case 'n': this._historyNext(); return;
        case 'p': this._historyPrev(); return;
        case 'z':
          if (this.listenerCount('SIGTSTP') > 0) this.emit('SIGTSTP');
          return;
        case 'w':
        case 'backspace': this._deleteWordLeft(); return;
        case 'delete': this._deleteWordRight(); return;
        case 'left': this._wordLeft(); return;
        case 'right': this._wordRight(); return;
        case 'home': this._moveCursor(-Infinity); return;
        case 'end': this._moveCursor(Infinity); return;
        default: return;
      }
    }

    if (key.meta) {
      switch (key.name) {
        case 'b': this._wordLeft(); return;
        case 'f': this._wordRight(); return;
        case 'd':
        case 'delete': this._deleteWordRight(); return;
        case 'backspace': this._deleteWordLeft(); return;
        case 'left': this._wordLeft(); return;
        case 'right': this._wordRight(); return;
        default: return;
      }
    }

    if (key.code === '[Z') return; // shift-tab

    switch (key.name) {
      case 'return':
        this[kSawReturnAt] = Date.now();
        this._line();
        return;
      case 'enter':
        if (this[kSawReturnAt] !== 0 && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
          this[kSawReturnAt] = 0;
          return;
        }
        this[kSawReturnAt] = 0;
        this._line();
        return;
      case 'backspace': this._deleteLeft(); return;
      case 'delete': this._deleteRight(); return;
      case 'left': this._moveCursor(-charLengthLeft(this.line, this.cursor)); return;
      case 'right': this._moveCursor(charLengthAt(this.line, this.cursor)); return;
      case 'home': this._moveCursor(-Infinity); return;
      case 'end': this._moveCursor(Infinity); return;
      case 'up': this._historyPrev(); return;
      case 'down': this._historyNext(); return;
      case 'tab':
        if (typeof this.completer === 'function' && this.isCompletionEnabled) {
          this[kLastKeyWasTab] = true;
          this._tabComplete(previousKeyWasTab);
          return;
        }
        break;
      default:
        break;
    }
    if (typeof s === 'string' && s !== '') {
      this[kSawReturnAt] = 0;
      const parts = s.split(/\r\n|\n|\r/);
      for (let i = 0; i < parts.length; i++) {
        if (i > 0) this._line();
        if (parts[i] !== '') this._insertString(parts[i]);
      }
    }
  }

  [Symbol.asyncIterator]() {
    // Lines are queued from the moment the iterator exists; it ends when the interface closes.
    const queue = [];
    const waiting = [];
    let done = this.closed === true;
    const onLine = (line) => {
      if (waiting.length) waiting.shift()({ value: line, done: false });
      else queue.push(line);
    };
    const onClose = () => {
      done = true;
      this.removeListener('line', onLine);
      while (waiting.length) waiting.shift()({ value: undefined, done: true });
    };
    if (!done) {
      this.on('line', onLine);
      this.once('close', onClose);
    }
    const finish = () => {
      if (!done) {
        this.removeListener('close', onClose);
        onClose();
        queue.length = 0;
      }
      return Promise.resolve({ value: undefined, done: true });
    };
    return {
      next: () => {
        if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => waiting.push(resolve));
      },
      // Leaving a for-await loop early stops the iteration; as in node 22 the interface
      // stays open.
      return: () => finish(),
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}

module.exports = {
  Interface,
  commonPrefix,
  kQuestionCallback,
};
