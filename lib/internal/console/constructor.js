'use strict';
// The Console class of node:console (Node 22 behaviour): formatting through
// internal/util/inspect, output to two writable streams, groups, counters,
// timers and console.table().

const {
  inspect,
  formatWithOptions,
  getStringWidth,
} = require('internal/util/inspect');

let errorsModule;
function errors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}
let validatorsModule;
function validators() {
  if (validatorsModule === undefined) validatorsModule = require('internal/validators');
  return validatorsModule;
}

// Hidden per-instance state, under the symbol names Node uses.
const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kGroupIndentWidth = Symbol('kGroupIndentWidth');
const kGroupIndent = Symbol('kGroupIndentationString');

// Internal methods on the prototype.
const kBindStreamsEager = Symbol('kBindStreamsEager');
const kBindStreamsLazy = Symbol('kBindStreamsLazy');
const kBindProperties = Symbol('kBindProperties');
const kWriteToConsole = Symbol('kWriteToConsole');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kFormatForStdout = Symbol('kFormatForStdout');
const kFormatForStderr = Symbol('kFormatForStderr');

const kUseStdout = Symbol('kUseStdout');
const kUseStderr = Symbol('kUseStderr');

const kMaxGroupIndentation = 1000;

// User inspectOptions per console instance.
const inspectOptionsOf = new WeakMap();
const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

function noop() {}

// Console state is stored as non-enumerable, writable properties.
function propertyOf(value) {
  return { __proto__: null, value, writable: true, enumerable: false, configurable: true };
}

function hidden(obj, key, value) {
  Object.defineProperty(obj, key, propertyOf(value));
}

function isStackOverflow(e) {
  return e instanceof RangeError && e.message === 'Maximum call stack size exceeded';
}

// A write callback that keeps an asynchronous write error from becoming an
// uncaught 'error' event: console output errors are ignored.
function writeErrorHandler(instance, which) {
  return (err) => {
    if (err === null || err === undefined) return;
    const stream = which === kUseStdout ? instance._stdout : instance._stderr;
    const state = stream._writableState;
    if (state && state.errorEmitted) return;
    if (typeof stream.listenerCount === 'function' && stream.listenerCount('error') === 0) {
      stream.once('error', noop);
    }
  };
}

// Whether output to `stream` gets ANSI colours in colorMode 'auto'.
function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) {
    return require('internal/tty').getColorDepth() > 2;
  }
  return stream?.isTTY && (typeof stream.getColorDepth === 'function' ?
    stream.getColorDepth() > 2 : true);
}

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (new.target === undefined) {
    return Reflect.construct(Console, arguments);
  }
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;

  const { ERR_CONSOLE_WRITABLE_STREAM } = errors().codes;
  if (!stdout || typeof stdout.write !== 'function') {
    throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  }
  if (!stderr || typeof stderr.write !== 'function') {
    throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  }
  checkColorMode(colorMode);
  if (groupIndentation !== undefined) {
    validators().validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }
  if (inspectOptions !== undefined) {
    validators().validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new (errors().codes.ERR_INCOMPATIBLE_OPTION_PAIR)(
        'options.inspectOptions.color', 'colorMode');
    }
    inspectOptionsOf.set(this, inspectOptions);
  }

  // Every method is bound to the instance, taken from the instance's own
  // prototype chain so subclasses can override them.
  for (const key of Object.keys(Console.prototype)) {
    this[key] = this[key].bind(this);
    Object.defineProperty(this[key], 'name', { __proto__: null, value: key });
  }

  this[kBindStreamsEager](stdout, stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation);
}

function checkColorMode(colorMode) {
  if (colorMode !== 'auto' && colorMode !== true && colorMode !== false) {
    throw new (errors().codes.ERR_INVALID_ARG_VALUE)(
      'colorMode', colorMode, "must be one of: 'auto', true, false");
  }
}

Object.defineProperty(Console, Symbol.hasInstance, {
  __proto__: null,
  value(instance) {
    return instance[kIsConsole];
  },
});

const internalMethods = {
  [kBindStreamsEager](stdout, stderr) {
    hidden(this, '_stdout', stdout);
    hidden(this, '_stderr', stderr);
  },

  // The global console: the streams are looked up on `object` (process)
  // only when first used, and may be replaced.
  [kBindStreamsLazy](object) {
    lazyStream(this, '_stdout', object, 'stdout');
    lazyStream(this, '_stderr', object, 'stderr');
  },

  [kBindProperties](ignoreErrors, colorMode, groupIndentation = 2) {
    Object.defineProperties(this, {
      _stdoutErrorHandler: propertyOf(writeErrorHandler(this, kUseStdout)),
      _stderrErrorHandler: propertyOf(writeErrorHandler(this, kUseStderr)),
      _ignoreErrors: propertyOf(Boolean(ignoreErrors)),
      _times: propertyOf(new Map()),
      [kCounts]: propertyOf(new Map()),
      [kColorMode]: propertyOf(colorMode),
      [kIsConsole]: propertyOf(true),
      [kGroupIndentWidth]: propertyOf(groupIndentation),
      [kGroupIndent]: propertyOf(''),
      [Symbol.toStringTag]: {
        __proto__: null, writable: false, enumerable: false, configurable: true, value: 'console',
      },
    });
  },

  [kWriteToConsole](which, string) {
    const useStdout = which === kUseStdout;
    const stream = useStdout ? this._stdout : this._stderr;
    const indent = this[kGroupIndent];
    if (indent.length !== 0) {
      if (string.includes('\n')) string = string.replace(/\n/g, `\n${indent}`);
      string = indent + string;
    }
    string += '\n';

    if (this._ignoreErrors === false) return stream.write(string);

    // Errors may come synchronously (files, TTYs) or later (pipes): a
    // temporary no-op 'error' listener covers the first kind, the write
    // callback the second.
    const onError = useStdout ? this._stdoutErrorHandler : this._stderrErrorHandler;
    try {
      if (stream.listenerCount('error') === 0) stream.once('error', noop);
      stream.write(string, onError);
    } catch (e) {
      if (isStackOverflow(e)) throw e;
      // Output errors are deliberately ignored.
    } finally {
      stream.removeListener('error', noop);
    }
  },

  [kGetInspectOptions](stream) {
    let color = this[kColorMode];
    if (color === 'auto') color = shouldColorize(stream);
    const options = inspectOptionsOf.get(this);
    if (options) {
      if (options.colors === undefined) options.colors = color;
      return options;
    }
    return color ? kColorInspectOptions : kNoColorInspectOptions;
  },

  [kFormatForStdout](args) {
    return formatWithOptions(this[kGetInspectOptions](this._stdout), ...args);
  },

  [kFormatForStderr](args) {
    return formatWithOptions(this[kGetInspectOptions](this._stderr), ...args);
  },
};

// `target[key]` reads `object[name]` on first use; it may be assigned.
function lazyStream(target, key, object, name) {
  let stream;
  Object.defineProperty(target, key, {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return stream === undefined ? (stream = object[name]) : stream; },
    set(value) { stream = value; },
  });
}

// Durations as Node prints them: '1.235ms', '12.346s', '1:02.500 (m:ss.mmm)',
// '1:02:05.500 (h:mm:ss.mmm)'.
function formatDuration(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [whole, fraction] = seconds.toFixed(3).split('.');
    const two = (n) => String(n).padStart(2, '0');
    const lead = hours !== 0 ? `${hours}:${two(minutes)}` : `${minutes}`;
    return `${lead}:${two(whole)}.${fraction} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function logElapsed(self, method, label, data) {
  const start = self._times.get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${method}()`);
    return false;
  }
  const [s, ns] = process.hrtime(start);
  const text = formatDuration(s * 1000 + ns / 1e6);
  if (data === undefined) {
    self.log('%s: %s', label, text);
  } else {
    self.log('%s: %s', label, text, ...data);
  }
  return true;
}

// console.table() rendering with Node's box-drawing characters.
const kIndexKey = '(index)';
const kIterationKey = '(iteration index)';
const kKeyKey = 'Key';
const kValuesKey = 'Values';

function renderRow(cells, widths) {
  let out = '\u2502 ';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) out += ' \u2502 ';
    out += cells[i] + ' '.repeat(widths[i] - getStringWidth(cells[i]));
  }
  return `${out} \u2502`;
}

// `head`: column titles; `columns`: arrays (possibly sparse) of cell text.
function renderTable(head, columns) {
  const widths = head.map((h) => getStringWidth(h));
  let rowCount = 0;
  for (const column of columns) rowCount = Math.max(rowCount, column.length);
  const rows = [];
  for (let r = 0; r < rowCount; r++) rows.push([]);
  for (let c = 0; c < head.length; c++) {
    const column = columns[c];
    for (let r = 0; r < rowCount; r++) {
      const cell = Object.prototype.hasOwnProperty.call(column, r) ? column[r] : '';
      rows[r][c] = cell;
      widths[c] = Math.max(widths[c], getStringWidth(cell));
    }
  }
  const rule = widths.map((w) => '\u2500'.repeat(w + 2));
  const lines = [
    `\u250c${rule.join('\u252c')}\u2510`,
    renderRow(head, widths),
    `\u251c${rule.join('\u253c')}\u2524`,
  ];
  for (const row of rows) lines.push(renderRow(row, widths));
  lines.push(`\u2514${rule.join('\u2534')}\u2518`);
  return lines.join('\n');
}

let typesBinding;
let utilBinding;
function types() {
  if (typesBinding === undefined) typesBinding = internalBinding('types');
  return typesBinding;
}

function isPrimitive(v) {
  return v === null || (typeof v !== 'object' && typeof v !== 'function');
}

const consoleMethods = {
  log(...args) {
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  info(...args) {
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  debug(...args) {
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  warn(...args) {
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  error(...args) {
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  dir(object, options) {
    this[kWriteToConsole](kUseStdout, inspect(object, {
      customInspect: false,
      ...this[kGetInspectOptions](this._stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, process.hrtime());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (logElapsed(this, 'timeEnd', label)) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    logElapsed(this, 'timeLog', label, data);
  },

  trace: function trace(...args) {
    const err = { name: 'Trace', message: this[kFormatForStderr](args) };
    Error.captureStackTrace(err, trace);
    this.error(err.stack);
  },

  assert(expression, ...args) {
    if (!expression) {
      if (args.length > 0 && typeof args[0] === 'string') {
        args[0] = `Assertion failed: ${args[0]}`;
      } else {
        args.unshift('Assertion failed');
      }
      Reflect.apply(this.warn, this, args);
    }
  },

  clear() {
    // Only a terminal can be cleared.
    const stdout = this._stdout;
    if (stdout.isTTY && process.env.TERM !== 'dumb') {
      stdout.write('\x1b[1;1H', undefined);
      stdout.write('\x1b[0J', undefined);
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    const n = (counts.get(label) ?? 0) + 1;
    counts.set(label, n);
    this.log(`${label}: ${n}`);
  },

  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentWidth]);
  },

  groupEnd() {
    const indent = this[kGroupIndent];
    this[kGroupIndent] = indent.slice(0, indent.length - this[kGroupIndentWidth]);
  },

  table(tabularData, properties) {
    if (properties !== undefined) validators().validateArray(properties, 'properties');
    if (tabularData === null || typeof tabularData !== 'object') {
      return this.log(tabularData);
    }
    const print = (head, columns) => this.log(renderTable(head, columns));
    const cell = (v) => {
      const deep = v !== null && typeof v === 'object' && !Array.isArray(v) &&
        Object.keys(v).length > 2;
      return inspect(v, {
        depth: deep ? -1 : 0,
        maxArrayLength: 3,
        breakLength: Infinity,
        ...this[kGetInspectOptions](this._stdout),
      });
    };
    const iterationIndex = (n) => Array.from({ length: n }, (_, i) => cell(i));

    const t = types();
    const isMapIter = t.isMapIterator(tabularData);
    let keyValue = false;
    if (isMapIter) {
      if (utilBinding === undefined) utilBinding = internalBinding('util');
      const preview = utilBinding.previewEntries(tabularData, true);
      tabularData = preview[0];
      keyValue = preview[1];
    }

    if (keyValue || t.isMap(tabularData)) {
      const keys = [];
      const values = [];
      if (isMapIter) {
        for (let i = 0; i + 1 < tabularData.length; i += 2) {
          keys.push(cell(tabularData[i]));
          values.push(cell(tabularData[i + 1]));
        }
      } else {
        for (const { 0: k, 1: v } of tabularData) {
          keys.push(cell(k));
          values.push(cell(v));
        }
      }
      return print([kIterationKey, kKeyKey, kValuesKey],
                   [iterationIndex(keys.length), keys, values]);
    }

    const isSetIter = t.isSetIterator(tabularData);
    if (isSetIter) {
      if (utilBinding === undefined) utilBinding = internalBinding('util');
      tabularData = utilBinding.previewEntries(tabularData);
    }
    if (isSetIter || isMapIter || t.isSet(tabularData)) {
      const values = [];
      for (const v of tabularData) values.push(cell(v));
      return print([kIterationKey, kValuesKey], [iterationIndex(values.length), values]);
    }

    // Rows are the own enumerable keys; columns the union of the rows' keys
    // (or `properties`), plus 'Values' for rows that are primitives.
    const byColumn = { __proto__: null };
    const primitiveCells = [];
    let anyPrimitive = false;
    const rowKeys = Object.keys(tabularData);
    for (let r = 0; r < rowKeys.length; r++) {
      const item = tabularData[rowKeys[r]];
      const primitive = isPrimitive(item);
      if (properties === undefined && primitive) {
        anyPrimitive = true;
        primitiveCells[r] = cell(item);
        continue;
      }
      for (const key of properties || Object.keys(item)) {
        const column = byColumn[key] ??= [];
        if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
          column[r] = '';
        } else {
          column[r] = cell(item[key]);
        }
      }
    }
    const head = Object.keys(byColumn);
    const columns = Object.values(byColumn);
    if (anyPrimitive) {
      head.push(kValuesKey);
      columns.push(primitiveCells);
    }
    head.unshift(kIndexKey);
    columns.unshift(rowKeys);
    return print(head, columns);
  },
};

// The same functions under other names, as in Node.
consoleMethods.dirxml = consoleMethods.log;
consoleMethods.groupCollapsed = consoleMethods.group;

Object.defineProperties(Console.prototype, {
  ...Object.fromEntries(Reflect.ownKeys(internalMethods).map((key) => [key, {
    __proto__: null, value: internalMethods[key], writable: true, enumerable: false, configurable: true,
  }])),
});
for (const key of Object.keys(consoleMethods)) {
  Console.prototype[key] = consoleMethods[key];
}

module.exports = {
  Console,
  kBindStreamsEager,
  kBindStreamsLazy,
  kBindProperties,
  formatDuration,
  renderTable,
};
