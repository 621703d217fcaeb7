'use strict';

// AssertionError for nodus: Node 22's messages and diff layout, written from
// Node's documentation and observed output.

const { inspect } = require('internal/util/inspect');
const {
  codes: { ERR_INVALID_ARG_TYPE },
  isErrorStackTraceLimitWritable,
} = require('internal/errors');
const { myersDiff, printMyersDiff } = require('internal/assert/myers_diff');

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Both values together at most this long (as strings) print on one line.
const kMaxShortStringLength = 12;
const kMaxLongStringLength = 512;
// Both single-line values together at most this long get a caret.
const kMaxIndicatorLength = 80;

// When both values are errors they are shown through copies: their
// enumerable properties, the message and the cause, without the stack.
function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { __proto__: null, value: source.message });
  if (Object.prototype.hasOwnProperty.call(source, 'cause')) {
    let { cause } = source;
    if (cause instanceof Error) cause = copyError(cause);
    Object.defineProperty(target, 'cause', { __proto__: null, value: cause });
  }
  return target;
}

function inspectValue(val) {
  // The options make the output stable and complete: one property per line,
  // sorted keys, no custom inspection, getters shown.
  return inspect(val, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function isObjectLike(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

function checkOperator(actual, expected, operator) {
  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null &&
        typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    return 'strictEqualObject';
  }
  return operator;
}

// Diffs are coloured when stderr is a terminal with colours.
const kNoColors = { hasColors: false, green: '', red: '', white: '', blue: '', gray: '' };
const kColors = {
  hasColors: true,
  green: '\x1b[32m',
  red: '\x1b[31m',
  white: '\x1b[39m',
  blue: '\x1b[34m',
  gray: '\x1b[90m',
};

// As for console output: FORCE_COLOR decides, else a colour terminal.
function getColors() {
  let useColors;
  if (process.env.FORCE_COLOR !== undefined) {
    useColors = require('internal/tty').getColorDepth() > 2;
  } else {
    const { stderr } = process;
    useColors = stderr?.isTTY && (typeof stderr.getColorDepth === 'function' ?
      stderr.getColorDepth() > 2 : true);
  }
  return useColors ? kColors : kNoColors;
}

function terminalWidth() {
  const { stderr } = process;
  return stderr && stderr.isTTY ? stderr.columns : kMaxIndicatorLength;
}

// `+ actual` / `- expected` on two lines, with a caret under the first
// differing character when both fit on a terminal line.
function stackedDiff(actual, expected, colors) {
  let message = `\n${colors.green}+${colors.white} ${actual}\n` +
    `${colors.red}- ${colors.white}${expected}`;
  if (actual.length + expected.length <= terminalWidth()) {
    let i = 0;
    while (i < actual.length && actual[i] === expected[i]) i++;
    // The first characters (with the quote) make the difference obvious.
    if (i < actual.length && i >= 3) message += `\n${' '.repeat(i + 2)}^`;
  }
  return message;
}

// Two strings with colours: one line, each character coloured by the
// character diff.
function coloredStringDiff(actual, expected, colors) {
  let message = '';
  for (const [op, ch] of myersDiff(actual, expected, false)) {
    const color = op === 'insert' ? colors.green : op === 'delete' ? colors.red : colors.white;
    message += `${color}${ch}${colors.white}`;
  }
  return `\n${message}`;
}

function createErrDiff(actual, expected, operator, customMessage) {
  operator = checkOperator(actual, expected, operator);
  const colors = getColors();
  const actualInspected = inspectValue(actual);
  const expectedInspected = inspectValue(expected);
  const actualLines = actualInspected.split('\n');
  const expectedLines = expectedInspected.split('\n');
  const title = customMessage ? customMessage : kReadableOperator[operator];
  let header = colors.hasColors ?
    `${colors.green}+ actual${colors.white} ${colors.red}- expected${colors.white}` :
    '+ actual - expected';

  const simple = actualLines.length === 1 && expectedLines.length === 1 &&
    ((typeof actual !== 'object' || actual === null) ||
     (typeof expected !== 'object' || expected === null));

  if (simple) {
    let len = actualInspected.length + expectedInspected.length;
    if (typeof actual === 'string') len -= 2;
    if (typeof expected === 'string') len -= 2;
    if (len <= kMaxShortStringLength && (actual !== 0 || expected !== 0)) {
      return `${title}\n\n${actualInspected} !== ${expectedInspected}\n`;
    }
    if (colors.hasColors && typeof actual === 'string' && typeof expected === 'string') {
      header = `${colors.green}actual${colors.white} ${colors.red}expected${colors.white}`;
      return `${title}\n${header}\n` +
        `${coloredStringDiff(actualInspected, expectedInspected, colors)}\n`;
    }
    return `${title}\n${header}\n${stackedDiff(actualInspected, expectedInspected, colors)}\n`;
  }

  if (actualInspected === expectedInspected) {
    const base = customMessage ?
      customMessage : 'Values have same structure but are not reference-equal:';
    return `${base}\n\n${actualInspected}\n`;
  }

  const partial = operator === 'partialDeepStrictEqual';
  if (partial && colors.hasColors) {
    header = `${colors.gray}actual${colors.white} ${colors.red}- expected${colors.white}`;
  }
  const checkComma = actual !== null && typeof actual === 'object';
  const diff = myersDiff(actualLines, expectedLines, checkComma);
  const { message, skipped } = printMyersDiff(diff, colors, partial);
  const skippedNote = skipped ? '\n... Skipped lines' : '';
  return `${title}\n${header}${skippedNote}\n${message}\n`;
}

const kDiffOperators = ['deepStrictEqual', 'strictEqual', 'partialDeepStrictEqual'];

// The message of an error for `operator`, given or generated.
function buildMessage(actual, expected, operator, message) {
  if (message != null) {
    // A template literal, as in Node: a Symbol message throws for the
    // diffing operators.
    if (kDiffOperators.includes(operator)) {
      return createErrDiff(actual, expected, operator, `${message}`);
    }
    return String(message);
  }
  if (kDiffOperators.includes(operator)) return createErrDiff(actual, expected, operator);

  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let base = kReadableOperator[operator];
    if (operator === 'notStrictEqual' && isObjectLike(actual)) {
      base = kReadableOperator.notStrictEqualObject;
    }
    const lines = inspectValue(actual).split('\n');
    if (lines.length > 50) {
      lines[46] = '...';
      lines.length = 47;
    }
    if (lines.length === 1) return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
    return `${base}\n\n${lines.join('\n')}\n`;
  }

  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const knownOperator = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${knownOperator}\n\n${res}`;
    return res.length > 1024 ? `${res.slice(0, 1021)}...` : res;
  }
  if (res.length > kMaxLongStringLength) res = `${res.slice(0, 509)}...`;
  if (other.length > kMaxLongStringLength) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    return `${knownOperator}\n\n${res}\n\nshould loosely deep-equal\n\n${other}`;
  }
  const unequal = kReadableOperator[`${operator}Unequal`];
  if (unequal) return `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n${other}`;
  return `${res} ${operator} ${other}`;
}

class AssertionError extends Error {
  constructor(options) {
    if (typeof options !== 'object' || options === null) {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const {
      message,
      operator,
      stackStartFn,
      details,
      // Compatibility with older versions.
      stackStartFunction,
      diff = 'simple',
    } = options;
    let { actual, expected } = options;

    if (message == null && isNativeErrorLike(actual) && isNativeErrorLike(expected)) {
      actual = copyError(actual);
      expected = copyError(expected);
    }
    const text = details ? String(message) : buildMessage(actual, expected, operator, message);

    // The stack is captured below, from stackStartFn.
    const limitWritable = isErrorStackTraceLimitWritable();
    const limit = Error.stackTraceLimit;
    if (limitWritable) Error.stackTraceLimit = 0;
    super(text);
    if (limitWritable) Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      __proto__: null,
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this['message ' + i] = details[i].message;
        this['actual ' + i] = details[i].actual;
        this['expected ' + i] = details[i].expected;
        this['operator ' + i] = details[i].operator;
        this['stack trace ' + i] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    this.diff = diff;
    Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    // Materialise the stack while the name still carries the code.
    // eslint-disable-next-line no-unused-expressions
    this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](recurseTimes, ctx) {
    // Long string values are shortened in the inspected error.
    const tmpActual = this.actual;
    const tmpExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
    if (typeof this.expected === 'string') this.expected = addEllipsis(this.expected);
    const result = inspect(this, {
      ...ctx,
      customInspect: false,
      depth: 0,
    });
    this.actual = tmpActual;
    this.expected = tmpExpected;
    return result;
  }
}

// Shortens long strings in the inspected error: more than ten lines keep
// the first ten; otherwise a string longer than 512 characters shows only
// what follows its first 512 characters (as Node 22 does).
function addEllipsis(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  if (string.length > kMaxLongStringLength) {
    return `${string.slice(kMaxLongStringLength)}...`;
  }
  return string;
}

function isNativeErrorLike(v) {
  return v instanceof Error;
}

module.exports = AssertionError;
