'use strict';

// AssertionError for nodus: Node 22's messages and diff layout, written from
// Node's documentation and observed output.

const { inspect } = require('internal/util/inspect');
const {
  codes: { ERR_INVALID_ARG_TYPE },
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
  notIdentical: 'Values identical but not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Both values together at most this long (as strings) print on one line.
const kMaxShortStringLength = 12;
const kMaxLongStringLength = 512;

function copyError(source) {
  const target = Object.create(Object.getPrototypeOf(source), {
    __proto__: null,
    ...Object.getOwnPropertyDescriptors(source),
  });
  Object.defineProperty(target, 'message', {
    __proto__: null, value: source.message, writable: true, enumerable: false, configurable: true,
  });
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

function shortLength(v) {
  try {
    return String(v).length;
  } catch {
    return Infinity;
  }
}

function checkOperator(actual, expected, operator) {
  if (operator === 'strictEqual' && isObjectLike(actual) && isObjectLike(expected)) {
    return 'strictEqualObject';
  }
  return operator;
}

function createErrDiff(actual, expected, operator, customMessage) {
  operator = checkOperator(actual, expected, operator);
  const actualInspected = inspectValue(actual);
  const expectedInspected = inspectValue(expected);
  const actualLines = actualInspected.split('\n');
  const expectedLines = expectedInspected.split('\n');
  const header = customMessage === undefined ? kReadableOperator[operator] : customMessage;

  if (actualLines.length === 1 && expectedLines.length === 1 &&
      actualLines[0] !== expectedLines[0]) {
    const bothPrimitive = !isObjectLike(actual) && !isObjectLike(expected);
    if (bothPrimitive && (actual !== 0 || expected !== 0) &&
        shortLength(actual) + shortLength(expected) <= kMaxShortStringLength) {
      return `${header}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
    }
    let indicator = '';
    if (operator !== 'strictEqualObject') {
      const a = actualLines[0];
      const b = expectedLines[0];
      if (a.length + b.length < 80) {
        let i = 0;
        while (i < a.length && a[i] === b[i]) i++;
        if (i > 2) indicator = `\n${' '.repeat(i + 2)}^`;
      }
    }
    return `${header}\n+ actual - expected\n\n+ ${actualLines[0]}\n- ${expectedLines[0]}${indicator}\n`;
  }

  if (actualInspected === expectedInspected) {
    let base = header;
    if (customMessage === undefined) {
      base = operator === 'strictEqualObject' ?
        'Values have same structure but are not reference-equal:' :
        kReadableOperator.notIdentical;
    }
    return `${base}\n\n${actualInspected}\n`;
  }

  const diff = myersDiff(actualLines, expectedLines);
  const { message, skipped } = printMyersDiff(diff);
  const skippedNote = skipped ? '\n... Skipped lines' : '';
  return `${header}\n+ actual - expected${skippedNote}\n${message}\n`;
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

    const limit = Error.stackTraceLimit;
    if (typeof limit === 'number') Error.stackTraceLimit = 0;

    if (message != null) {
      if (operator === 'deepStrictEqual' || operator === 'strictEqual' ||
          operator === 'partialDeepStrictEqual') {
        super(createErrDiff(actual, expected, operator, String(message)));
      } else {
        super(String(message));
      }
    } else {
      if (isNativeErrorLike(actual)) actual = copyError(actual);
      if (isNativeErrorLike(expected)) expected = copyError(expected);

      if (operator === 'deepStrictEqual' || operator === 'strictEqual' ||
          operator === 'partialDeepStrictEqual') {
        super(createErrDiff(actual, expected, operator));
      } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        let base = kReadableOperator[operator];
        const lines = inspectValue(actual).split('\n');
        if (operator === 'notStrictEqual' && isObjectLike(actual)) {
          base = kReadableOperator.notStrictEqualObject;
        }
        if (lines.length > 50) {
          lines[46] = '...';
          lines.length = 47;
        }
        if (lines.length === 1) {
          super(`${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`);
        } else {
          super(`${base}\n\n${lines.join('\n')}\n`);
        }
      } else {
        let res = inspectValue(actual);
        let other = inspectValue(expected);
        const knownOperator = kReadableOperator[operator];
        if (operator === 'notDeepEqual' && res === other) {
          res = `${knownOperator}\n\n${res}`;
          if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
          super(res);
        } else {
          if (res.length > kMaxLongStringLength) res = `${res.slice(0, 509)}...`;
          if (other.length > kMaxLongStringLength) other = `${other.slice(0, 509)}...`;
          if (operator === 'deepEqual') {
            res = `${knownOperator}\n\n${res}\n\nshould loosely deep-equal\n\n`;
          } else {
            const unequal = kReadableOperator[`${operator}Unequal`];
            if (unequal) {
              res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
            } else {
              other = ` ${operator} ${other}`;
            }
          }
          super(`${res}${other}`);
        }
      }
    }

    if (typeof limit === 'number') Error.stackTraceLimit = limit;

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
    if (typeof this.actual === 'string') this.actual = truncate(this.actual, 128);
    if (typeof this.expected === 'string') this.expected = truncate(this.expected, 128);
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

function truncate(s, n) {
  return s.length > n ? `${s.slice(0, n - 3)}...` : s;
}

function isNativeErrorLike(v) {
  return v instanceof Error;
}

module.exports = AssertionError;
