'use strict';
// node:repl: the read-eval-print loop. A REPLServer is a readline Interface that evaluates each
// complete input in the main context and prints the result with util.inspect.

const { Interface } = require('internal/readline/interface');
const { inspect } = require('internal/util/inspect');
const { wrapTopLevelAwait, isIncomplete, lexicalNames } = require('internal/repl/tokens');
const { complete } = require('internal/repl/completion');
const path = require('path');

const REPL_MODE_SLOPPY = Symbol('repl-sloppy');
const REPL_MODE_STRICT = Symbol('repl-strict');

let nextResourceNumber = 1;

function errors() {
  return require('internal/errors');
}

let contextify;
function runScript(code, filename) {
  contextify ??= internalBinding('contextify');
  return contextify.runInThisContext(code, filename);
}

function isErrorLike(e) {
  return e !== null && typeof e === 'object' &&
    (e instanceof Error || Object.prototype.toString.call(e) === '[object Error]');
}

// A SyntaxError from compiling the input itself (not one thrown while it ran): it has no frame
// in REPL code.
function isCompileError(e) {
  if (!(e instanceof SyntaxError)) return false;
  const stack = typeof e.stack === 'string' ? e.stack : '';
  return !/\bREPL\d+:\d+/.test(stack) && !/\(<anonymous>\)|\beval at\b/.test(stack);
}

// What defaultEval passes to its callback when the input threw null or undefined.
class ThrownValue {
  constructor(value) {
    this.value = value;
  }
}

class Recoverable extends SyntaxError {
  constructor(err) {
    super();
    this.err = err;
  }
}

function isRecoverable(err, code) {
  const msg = err && err.message;
  if (msg === 'Unexpected end of input' || msg === 'Unterminated template literal') return true;
  if (msg === 'Invalid or unexpected token' || msg === 'missing ) after argument list') {
    return isIncomplete(code);
  }
  return false;
}

const writer = (obj) => inspect(obj, writer.options);
writer.options = { ...inspect.defaultOptions, showProxy: true };

let moduleState;
// require/module/exports for REPL input, as node gives them: a module named '<repl>' that
// resolves relative to the working directory.
function replModule() {
  if (moduleState !== undefined) return moduleState;
  try {
    const loader = require('internal/modules/cjs/loader');
    const { Module } = loader;
    const mod = new Module('<repl>');
    mod.filename = path.join(process.cwd(), '<repl>');
    mod.paths = Module._nodeModulePaths(process.cwd());
    const req = loader.makeRequireFunction(mod);
    moduleState = { module: mod, require: req };
  } catch {
    moduleState = null;
  }
  return moduleState;
}

function defineGlobalValue(name, value) {
  Object.defineProperty(globalThis, name, {
    configurable: true, enumerable: false, writable: true, value,
  });
}

const { addBuiltinLibsToContext } = require('internal/modules/builtin_globals');

// Cuts the REPL's own frames (and the top-level frame of the input) off an error's stack.
function trimStack(stack) {
  const lines = stack.split('\n');
  let cut = lines.length;
  for (let k = 1; k < lines.length; k++) {
    if (/^\s+at\s/.test(lines[k]) && /\(node:|\bat node:|\(nodus:/.test(lines[k]) &&
        !/\bREPL\d+:/.test(lines[k])) {
      cut = k;
      break;
    }
  }
  const kept = lines.slice(0, cut);
  // The frame that called into the input from outside (its top level, or a callback run by a
  // timer) goes too.
  if (kept.length > 1 && /^\s+at\s.*\bREPL\d+:\d+:\d+\)?$/.test(kept[kept.length - 1])) {
    kept.pop();
  }
  return kept.join('\n');
}

class REPLServer extends Interface {
  constructor(prompt, stream, eval_, useGlobal, ignoreUndefined, replMode) {
    let options;
    if (prompt !== null && typeof prompt === 'object') {
      options = { ...prompt };
    } else {
      options = { prompt, stream, eval: eval_, useGlobal, ignoreUndefined, replMode };
    }
    const input = options.input || options.stream || process.stdin;
    const output = options.output || options.stream || process.stdout;
    if (options.terminal === undefined) options.terminal = Boolean(output && output.isTTY);
    let self;
    const completer = options.completer || function completer(text, cb) {
      self.complete(text, cb);
    };
    super({
      input,
      output,
      completer,
      terminal: options.terminal,
      historySize: options.historySize,
      prompt: options.prompt === undefined ? '> ' : options.prompt,
    });
    self = this;
    this.useColors = options.useColors !== undefined ? Boolean(options.useColors) :
      Boolean(options.terminal && output && (typeof output.hasColors === 'function' ?
        output.hasColors() : output.isTTY));
    this.useGlobal = true;
    this.ignoreUndefined = Boolean(options.ignoreUndefined);
    this.replMode = options.replMode || REPL_MODE_SLOPPY;
    this.breakEvalOnSigint = Boolean(options.breakEvalOnSigint);
    this.context = globalThis;
    this.underscoreAssigned = false;
    this.underscoreErrAssigned = false;
    this.last = undefined;
    this.lastError = undefined;
    this.bufferedCommand = '';
    this.lines = [];
    this.lines.level = [];
    this.editorMode = false;
    this.commands = Object.create(null);
    this.lexicalNames = new Set();
    this._initialPrompt = this._prompt;
    this._pending = false;
    this._queue = [];
    this._sawSIGINT = false;
    this.eval = options.eval || this.defaultEval;
    if (options.writer !== undefined) {
      this.writer = options.writer;
    } else if (this.useColors) {
      this.writer = (obj) => inspect(obj, { ...writer.options, colors: true });
    } else {
      this.writer = writer;
    }
    if (options.completer === undefined) this.completer = completer;
    // Previews while typing, on a terminal (node's `preview` option); the history search
    // shows its state below the line the same way.
    this._previewEnabled = options.preview !== undefined ? Boolean(options.preview) : true;
    this._decorations = this.terminal;
    this._search = null;
    defineDefaultCommands(this);
    this.resetContext();

    this.on('line', (line) => this._onLine(line));
    this.on('SIGINT', () => this._onSIGINT());
    this.on('close', () => this.emit('exit'));
    this.displayPrompt();
  }

  get editorMode() {
    return this._editorMode;
  }

  set editorMode(v) {
    this._editorMode = v;
  }

  resetContext() {
    const context = this.context;
    const self = this;
    if (!Object.getOwnPropertyDescriptor(context, '_') ||
        Object.getOwnPropertyDescriptor(context, '_').configurable) {
      Object.defineProperty(context, '_', {
        configurable: true,
        enumerable: false,
        get: () => self.last,
        set: (value) => {
          self.last = value;
          if (!self.underscoreAssigned) {
            self.underscoreAssigned = true;
            self.output.write('Expression assignment to _ now disabled.\n');
          }
        },
      });
      Object.defineProperty(context, '_error', {
        configurable: true,
        enumerable: false,
        get: () => self.lastError,
        set: (value) => {
          self.lastError = value;
          if (!self.underscoreErrAssigned) {
            self.underscoreErrAssigned = true;
            self.output.write('Expression assignment to _error now disabled.\n');
          }
        },
      });
    }
    const m = replModule();
    if (m !== null) {
      if (!Object.prototype.hasOwnProperty.call(context, 'module')) {
        defineGlobalValue('module', m.module);
      }
      if (!Object.prototype.hasOwnProperty.call(context, 'require')) {
        defineGlobalValue('require', m.require);
      }
      if (!Object.prototype.hasOwnProperty.call(context, 'exports')) {
        defineGlobalValue('exports', m.module.exports);
      }
    }
    addBuiltinLibsToContext(context);
    this.lines = [];
    this.lines.level = [];
    this.emit('reset', context);
  }

  defineCommand(keyword, cmd) {
    if (typeof cmd === 'function') {
      cmd = { action: cmd };
    } else if (cmd === null || typeof cmd !== 'object' || typeof cmd.action !== 'function') {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('cmd.action', 'Function',
        cmd && cmd.action);
    }
    this.commands[keyword] = cmd;
  }

  displayPrompt(preserveCursor) {
    let prompt = this._initialPrompt;
    if (this.bufferedCommand.length > 0) prompt = '... ';
    else if (this.editorMode) prompt = '';
    // Interface.prompt() writes the prompt; keep the configured one for later.
    super.setPrompt(prompt);
    this.prompt(preserveCursor);
  }

  setPrompt(prompt) {
    this._initialPrompt = prompt;
    super.setPrompt(prompt);
  }

  // Loads `historyPath` into the history and saves the history there on each new entry.
  setupHistory(historyPath, callback) {
    const env = { NODE_REPL_HISTORY: historyPath === undefined ? '' : String(historyPath) };
    if (process.env.NODE_REPL_HISTORY_SIZE !== undefined) {
      env.NODE_REPL_HISTORY_SIZE = process.env.NODE_REPL_HISTORY_SIZE;
    }
    try {
      require('internal/repl/history').setupHistory(this, env);
    } catch (err) {
      if (typeof callback === 'function') process.nextTick(callback, err);
      return;
    }
    if (typeof callback === 'function') process.nextTick(callback, null, this);
  }

  _lineDecoration() {
    if (this._search !== null) {
      const s = this._search;
      const label = s.backward ? 'bck-i-search: ' : 'fwd-i-search: ';
      return { suffix: '', below: `${s.failed ? 'failed-' : ''}${label}${s.query}_` };
    }
    if (!this._previewEnabled || this.editorMode || this.bufferedCommand !== '' || this.line.trim() === '' ||
        this._pending) {
      return null;
    }
    const { inlineCompletion, previewValue } = require('internal/repl/preview');
    const evaluate = (code) => runScript(code, 'REPL');
    const suffix = this.cursor === this.line.length ?
      inlineCompletion(this, this.line, evaluate) : '';
    const below = previewValue(this, this.line + suffix, evaluate);
    if (suffix === '' && below === '') return null;
    return { suffix, below };
  }

  clearBufferedCommand() {
    this.bufferedCommand = '';
  }

  complete(line, callback) {
    let result;
    try {
      result = complete(this, line);
    } catch {
      result = [[], line];
    }
    callback(null, result);
  }

  // Evaluates a side-effect-light expression for completion.
  _evalQuiet(expr) {
    return runScript(expr, `REPL${nextResourceNumber++}`);
  }

  defaultEval(code, context, file, cb) {
    const cbThrown = (e) => cb(e === null || e === undefined ? new ThrownValue(e) : e);
    // REPL_MODE_STRICT evaluates every input as strict code.
    const strict = this.replMode === REPL_MODE_STRICT ? '\'use strict\'; void 0; ' : '';
    const attempt = (src) => runScript(strict + src, file);
    // Input with `await` outside any function runs inside an async function.
    let awaitCompileError = null;
    if (/\bawait\b/.test(code)) {
      const transformed = wrapTopLevelAwait(code);
      if (transformed !== null) {
        let promise;
        try {
          promise = attempt(transformed);
        } catch (e) {
          if (!isCompileError(e)) return cbThrown(e);
          // A redeclaration is the input's own error; anything else is reported as the
          // error of the input as typed.
          if (/has already been declared/.test(e.message)) return cbThrown(e);
          awaitCompileError = e;
        }
        if (awaitCompileError === null) {
          this._trackLexical(code);
          Promise.resolve(promise).then(
            (r) => cb(null, r === undefined ? undefined : r.value),
            (e) => cbThrown(e));
          return;
        }
      }
    }
    let input = code;
    let wrapped = false;
    if (/^\s*{/.test(code) && /}\s*$/.test(code)) {
      input = `(${code.trim()})\n`;
      wrapped = true;
    }
    let result;
    try {
      result = attempt(input);
    } catch (e) {
      let err = e;
      let failed = true;
      if (wrapped && isCompileError(err)) {
        try {
          result = attempt(code);
          failed = false;
        } catch (e2) {
          err = e2;
        }
      }
      if (failed) {
        if (isCompileError(err) && isRecoverable(err, code)) return cb(new Recoverable(err));
        if (isCompileError(err)) markCompileError(err);
        return cbThrown(err);
      }
    }
    this._trackLexical(code);
    cb(null, result);
  }

  _trackLexical(code) {
    try {
      for (const n of lexicalNames(code)) this.lexicalNames.add(n);
    } catch {
      // completion only
    }
  }

  _onSIGINT() {
    const empty = this.line.length === 0 && this.bufferedCommand.length === 0 && !this.editorMode;
    if (this._pending) {
      // Abandon a pending top-level await.
      this._pending = false;
      this._abandoned = true;
      this.clearLine();
      this.displayPrompt();
      return;
    }
    this.clearLine();
    this.bufferedCommand = '';
    this.lines.level = [];
    if (this.editorMode) {
      this.editorMode = false;
      this._sawSIGINT = false;
      this.displayPrompt();
      return;
    }
    if (empty) {
      if (this._sawSIGINT) {
        this.close();
        this._sawSIGINT = false;
        return;
      }
      this.output.write('(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
      this._sawSIGINT = true;
    } else {
      this._sawSIGINT = false;
    }
    this.displayPrompt();
  }

  // Ctrl+R / Ctrl+S: incremental search through the history, newest first (or oldest first).
  _historySearch(d, key) {
    const s = this._search;
    const find = (from, backward) => {
      const step = backward ? 1 : -1;
      for (let i = from; i >= 0 && i < this.history.length; i += step) {
        const at = this.history[i].indexOf(s.query);
        if (s.query !== '' && at !== -1) return { index: i, at };
      }
      return null;
    };
    const show = (hit) => {
      s.failed = hit === null && s.query !== '';
      if (hit !== null) {
        s.index = hit.index;
        this.line = this.history[hit.index];
        this.cursor = hit.at;
      } else {
        this.line = s.original;
        this.cursor = this.line.length;
      }
      this._refreshLine();
    };
    const end = () => {
      this._search = null;
      this._refreshLine();
    };
    if (key.ctrl && (key.name === 'r' || key.name === 's')) {
      s.backward = key.name === 'r';
      const from = s.index === -1 ? (s.backward ? 0 : this.history.length - 1) :
        s.index + (s.backward ? 1 : -1);
      const hit = find(from, s.backward);
      if (hit !== null || s.query === '') show(hit);
      else {
        s.failed = true;
        this._refreshLine();
      }
      return;
    }
    if ((key.ctrl && (key.name === 'c' || key.name === 'g')) || key.name === 'escape') {
      this.line = s.original;
      this.cursor = s.originalCursor;
      end();
      return;
    }
    if (key.name === 'backspace' && !key.ctrl && !key.meta) {
      s.query = s.query.slice(0, -1);
      s.index = -1;
      show(find(s.backward ? 0 : this.history.length - 1, s.backward));
      return;
    }
    if (typeof d === 'string' && d.length > 0 && !key.ctrl && !key.meta &&
        d >= ' ' && d !== '\x7f' && key.name !== 'return' && key.name !== 'enter' &&
        key.name !== 'tab') {
      s.query += d;
      const from = s.index === -1 ? (s.backward ? 0 : this.history.length - 1) : s.index;
      show(find(from, s.backward));
      return;
    }
    // Any other key takes the match and does what it does.
    this.cursor = this.line.length;
    end();
    super._ttyWrite(d, key);
  }

  _ttyWrite(d, key) {
    key = key || {};
    if (this._search !== null) {
      this._historySearch(d, key);
      return;
    }
    if (key.ctrl && (key.name === 'r' || key.name === 's') && !key.meta && !key.shift &&
        !this.editorMode) {
      this._search = {
        query: '', backward: key.name === 'r', index: -1, failed: false,
        original: this.line, originalCursor: this.cursor,
      };
      this._refreshLine();
      return;
    }
    if (this.editorMode) {
      if (key.ctrl && key.name === 'd' && !key.meta && !key.shift) {
        this._turnOffEditorMode();
        const code = this.bufferedCommand + this.line;
        this.line = '';
        this.cursor = 0;
        this.bufferedCommand = '';
        this._writeToOutput('\n');
        this._evalCommand(code, true);
        return;
      }
      if (key.name === 'return' || key.name === 'enter') {
        if (key.name === 'enter' && this._lastWasReturn) {
          this._lastWasReturn = false;
          return;
        }
        this._lastWasReturn = key.name === 'return';
        this.bufferedCommand += `${this.line}\n`;
        this.line = '';
        this.cursor = 0;
        this.prevRows = 0;
        this._writeToOutput('\r\n');
        return;
      }
      this._lastWasReturn = false;
      if (key.name === 'tab' && !key.ctrl && !key.meta) {
        this._insertString('  ');
        return;
      }
    }
    if (!(key.ctrl && key.name === 'c')) this._sawSIGINT = false;
    super._ttyWrite(d, key);
  }

  _turnOffEditorMode() {
    this.editorMode = false;
  }

  _onLine(cmd) {
    if (this._pending) {
      this._queue.push(cmd);
      return;
    }
    cmd = cmd || '';
    this._sawSIGINT = false;
    if (this.editorMode) {
      this.bufferedCommand += `${cmd}\n`;
      return;
    }
    const trimmed = cmd.trim();
    if (trimmed && trimmed[0] === '.' && trimmed[1] !== '.' &&
        Number.isNaN(parseFloat(trimmed))) {
      const m = /^\.([^\s]+)\s*(.*)$/.exec(trimmed);
      const keyword = m && m[1];
      const rest = m && m[2];
      const command = keyword !== null && this.commands[keyword];
      if (command) {
        command.action.call(this, rest);
        return;
      }
      if (!this.bufferedCommand) {
        this.output.write('Invalid REPL keyword\n');
        this.displayPrompt();
        return;
      }
    }
    this._evalCommand(cmd, false);
  }

  _evalCommand(cmd, fromEditor) {
    const evalCmd = fromEditor ? cmd : `${this.bufferedCommand}${cmd}\n`;
    if (!fromEditor && this.bufferedCommand === '' && cmd.trim() === '') {
      this.displayPrompt();
      return;
    }
    this._pending = true;
    this._abandoned = false;
    let done = false;
    const finish = (e, ret) => {
      if (done) return;
      done = true;
      if (this._abandoned) {
        this._abandoned = false;
        return;
      }
      this._pending = false;
      if (e instanceof Recoverable && !fromEditor) {
        this.bufferedCommand += `${cmd}\n`;
        this.lines.push(cmd);
        this.displayPrompt();
        this._drainQueue();
        return;
      }
      if (!fromEditor) this.lines.push(cmd);
      else this.lines.push(...cmd.replace(/\n$/, '').split('\n'));
      this.bufferedCommand = '';
      this.lines.level = [];
      if (e) {
        if (e instanceof ThrownValue) e = e.value;
        else if (e instanceof Recoverable) e = e.err;
        this._handleError(e);
      } else if (!(this.ignoreUndefined && ret === undefined)) {
        if (!this.underscoreAssigned) this.last = ret;
        this.output.write(`${this.writer(ret)}\n`);
      }
      this.displayPrompt();
      this._drainQueue();
    };
    try {
      this.eval(evalCmd, this.context, `REPL${nextResourceNumber++}`, finish);
    } catch (e) {
      finish(e);
    }
  }

  _drainQueue() {
    while (!this._pending && this._queue.length > 0 && !this.closed) {
      this._onLine(this._queue.shift());
    }
    if (!this._pending && this._closeWhenDrained) this.close();
  }

  close() {
    if (this._pending && !this.terminal) {
      // Input ended while waiting for a top-level await: finish it first.
      this._closeWhenDrained = true;
      return;
    }
    super.close();
  }

  _handleError(e) {
    if (!this.underscoreErrAssigned) this.lastError = e;
    let out;
    if (isErrorLike(e)) {
      if (typeof e.stack === 'string') {
        let stack;
        if (e.name === 'SyntaxError' || e instanceof SyntaxError) {
          stack = e.stack.split('\n').filter((l) => !/^\s+at\s/.test(l)).join('\n');
        } else {
          stack = trimStack(e.stack);
        }
        try {
          Object.defineProperty(e, 'stack', {
            configurable: true, writable: true, enumerable: false, value: stack,
          });
        } catch {
          // frozen error: print as it is
        }
      }
      out = this.writer(e);
      const arrow = e[kArrow];
      const ownKeys = Object.keys(e).filter((k) => k !== kArrow);
      if (ownKeys.length === 0 && /^\[[\s\S]*\]$/.test(out) && !out.includes('\n')) {
        out = out.slice(1, -1);
      }
      if (typeof arrow === 'string' && arrow !== '') out = `${arrow}\n${out}`;
    } else {
      out = this.writer(e);
    }
    const lines = out.split(/(?<=\n)/);
    let matched = false;
    let text = '';
    for (const line of lines) {
      if (!matched && /^\[?([A-Z][a-z0-9_]*)*Error/.test(line)) {
        const bare = line.replace(/\n$/, '');
        text += (writer.options.breakLength >= bare.length) ?
          `Uncaught ${line}` : `Uncaught:\n${line}`;
        matched = true;
      } else {
        text += line;
      }
    }
    if (!matched) text = `Uncaught${lines.length === 1 ? ' ' : ':\n'}${text}`;
    this.output.write(`${text}\n`);
  }
}

const kArrow = Symbol('arrow');
// Adds the source line and caret of a compile error, as node's REPL shows them.
function markCompileError(err) {
  // Conflicts with earlier declarations are found when the script is instantiated, not parsed:
  // node shows them without a source line.
  if (/has already been declared/.test(err.message)) return;
  try {
    let arrow = internalBinding('errors').getArrow(err);
    if (typeof arrow !== 'string' || arrow === '') return;
    const lines = arrow.split('\n');
    if (/:\d+$/.test(lines[0])) lines.shift();
    arrow = lines.join('\n').replace(/\n+$/, '');
    if (arrow === '') return;
    Object.defineProperty(err, kArrow, { configurable: true, enumerable: false, value: `${arrow}\n` });
  } catch {
    // no arrow
  }
}

function readFileText(file) {
  try {
    const fs = require('fs');
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    if (e && e.code === 'MODULE_NOT_FOUND' || e && e.code === 'ERR_UNKNOWN_BUILTIN_MODULE') {
      const r = internalBinding('fs').readFileUtf8(file);
      if (typeof r === 'string') return r;
      return null;
    }
    return null;
  }
}

function isDirectory(file) {
  try {
    return internalBinding('fs').internalModuleStat(file) === 1;
  } catch {
    return false;
  }
}

function defineDefaultCommands(repl) {
  repl.defineCommand('break', {
    help: 'Sometimes you get stuck, this gets you out',
    action() {
      this.clearBufferedCommand();
      this.displayPrompt();
    },
  });
  repl.defineCommand('clear', {
    help: 'Alias for .break',
    action() {
      this.clearBufferedCommand();
      this.displayPrompt();
    },
  });
  repl.defineCommand('exit', {
    help: 'Exit the REPL',
    action() {
      this.close();
    },
  });
  repl.defineCommand('help', {
    help: 'Print this help message',
    action() {
      const names = Object.keys(this.commands).sort();
      const longest = Math.max(...names.map((n) => n.length));
      for (const name of names) {
        const cmd = this.commands[name];
        const spaces = ' '.repeat(longest - name.length + 3);
        this.output.write(`.${name}${cmd.help ? spaces + cmd.help : ''}\n`);
      }
      this.output.write('\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n');
      this.displayPrompt();
    },
  });
  repl.defineCommand('save', {
    help: 'Save all evaluated commands in this REPL session to a file',
    action(file) {
      let ok = false;
      try {
        require('fs').writeFileSync(file, `${this.lines.join('\n')}`);
        ok = true;
      } catch {
        ok = false;
      }
      this.output.write(ok ? `Session saved to: ${file}\n` : `Failed to save: ${file}\n`);
      this.displayPrompt();
    },
  });
  repl.defineCommand('load', {
    help: 'Load JS from a file into the REPL session',
    action(file) {
      if (isDirectory(file)) {
        this.output.write(`Failed to load: ${file} is not a valid file\n`);
        this.displayPrompt();
        return;
      }
      const data = readFileText(file);
      if (data === null) {
        this.output.write(`Failed to load: ${file}\n`);
        this.displayPrompt();
        return;
      }
      this._evalCommand(data.endsWith('\n') ? data : `${data}\n`, true);
      this.displayPrompt();
    },
  });
  if (repl.terminal) {
    repl.defineCommand('editor', {
      help: 'Enter editor mode',
      action() {
        this.editorMode = true;
        this.output.write('// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n');
        this.displayPrompt();
      },
    });
  }
}

function start(prompt, source, eval_, useGlobal, ignoreUndefined, replMode) {
  return new REPLServer(prompt, source, eval_, useGlobal, ignoreUndefined, replMode);
}

module.exports = {
  start,
  writer,
  REPLServer,
  REPL_MODE_SLOPPY,
  REPL_MODE_STRICT,
  Recoverable,
};

Object.defineProperty(module.exports, 'builtinModules', {
  configurable: true,
  enumerable: true,
  get() {
    return require('module').builtinModules.filter((id) => !id.startsWith('_'));
  },
});
