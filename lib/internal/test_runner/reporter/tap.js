'use strict';
// The TAP version 13 reporter (node:test/reporters tap).

const { inspect } = require('util');
const { isNativeError } = require('util').types;
const isError = (e) => isNativeError(e) || e instanceof Error;

const kUnwrapErrors = new Set(['testCodeFailure', 'hookFailed', 'uncaughtException',
  'unhandledRejection']);
const kLineBreak = /\r?\n/;
const kFrameStart = /^ {4}at /;
const inspectOptions = { __proto__: null, colors: false, breakLength: Infinity };

function indent(nesting) {
  return '    '.repeat(nesting);
}

function escapeText(s) {
  return s.replace(/\\/g, '\\\\').replace(/#/g, '\\#').replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r').replace(/\t/g, '\\t').replace(/\v/g, '\\v').replace(/\f/g, '\\f')
    .replace(/\x08/g, '\\b').replace(/\[/g, '\\[').replace(/\]/g, '\\]');
}

function isAssertionError(e) {
  return e !== null && typeof e === 'object' &&
    (e.name === 'AssertionError' || e.code === 'ERR_ASSERTION');
}

function isErrorLike(v) {
  return isError(v) || (v !== null && typeof v === 'object' && v.__nodusSerializedError === true);
}

function jsToYaml(ind, name, value, seen) {
  if (value === undefined) return '';
  const prefix = `${ind}  ${name}:`;
  if (value === null) return `${prefix} ~\n`;
  if (typeof value !== 'object') {
    if (typeof value !== 'string') return `${prefix} ${inspect(value, inspectOptions)}\n`;
    const lines = value.split(kLineBreak);
    if (lines.length === 1) return `${prefix} ${inspect(value, inspectOptions)}\n`;
    let str = `${prefix} |-\n`;
    for (const line of lines) str += `${ind}    ${line}\n`;
    return str;
  }
  seen.add(value);
  const entries = Object.entries(value);
  const isErrorObj = isErrorLike(value);
  let propsIndent = ind;
  let result = '';
  if (name != null) {
    result += prefix;
    if (value instanceof Date && typeof value.toISOString === 'function') {
      result += ` ${value.toISOString()}`;
    }
    result += '\n';
    propsIndent += '  ';
  }
  for (const [key, v] of entries) {
    if (isErrorObj && (key === 'cause' || key === 'code' || key === '__nodusSerializedError')) {
      continue;
    }
    if (seen.has(v)) {
      result += `${propsIndent}  ${key}: <Circular>\n`;
      continue;
    }
    result += jsToYaml(propsIndent, key, v, seen);
  }
  if (isErrorObj) {
    const { cause, code, failureType, message, expected, actual, operator, stack } = value;
    const name = value.name;
    let errMsg = message ?? '<unknown error>';
    let errName = name;
    let errStack = stack;
    let errCode = code;
    let errExpected = expected;
    let errActual = actual;
    let errOperator = operator;
    let errIsAssertion = isAssertionError(value);
    if (code === 'ERR_TEST_FAILURE' && kUnwrapErrors.has(failureType)) {
      errStack = cause?.stack ?? errStack;
      errCode = cause?.code ?? errCode;
      errName = cause?.name ?? errName;
      errMsg = cause?.message ?? errMsg;
      if (isAssertionError(cause)) {
        errExpected = cause.expected;
        errActual = cause.actual;
        errOperator = cause.operator ?? errOperator;
        errIsAssertion = true;
      }
    }
    result += jsToYaml(ind, 'error', errMsg, seen);
    if (errCode) result += jsToYaml(ind, 'code', errCode, seen);
    if (errName && errName !== 'Error') result += jsToYaml(ind, 'name', errName, seen);
    if (errIsAssertion) {
      result += jsToYaml(ind, 'expected', errExpected, new Set(seen));
      result += jsToYaml(ind, 'actual', errActual, new Set(seen));
      if (errOperator) result += jsToYaml(ind, 'operator', errOperator, seen);
    }
    if (typeof errStack === 'string') {
      const frames = [];
      for (const frame of errStack.split(kLineBreak)) {
        const processed = frame.replace(kFrameStart, '');
        if (processed.length > 0 && processed.length !== frame.length) frames.push(processed);
      }
      if (frames.length > 0) {
        const delim = `\n${ind}    `;
        result += `${ind}  stack: |-${delim}${frames.join(delim)}\n`;
      }
    }
  }
  return result;
}

function reportDetails(nesting, data = {}, location) {
  const { error, duration_ms } = data;
  const ind = indent(nesting);
  let details = `${ind}  ---\n`;
  details += jsToYaml(ind, 'duration_ms', duration_ms);
  details += jsToYaml(ind, 'type', data.type);
  if (location) details += jsToYaml(ind, 'location', location);
  details += jsToYaml(ind, null, error, new Set());
  details += `${ind}  ...\n`;
  return details;
}

function reportTest(nesting, testNumber, status, name, skip, todo) {
  let line = `${indent(nesting)}${status} ${testNumber}`;
  if (name) line += ` - ${escapeText(`${name}`)}`;
  if (skip !== undefined) {
    line += ` # SKIP${typeof skip === 'string' && skip.length > 0 ? ` ${escapeText(skip)}` : ''}`;
  } else if (todo !== undefined) {
    line += ` # TODO${typeof todo === 'string' && todo.length > 0 ? ` ${escapeText(todo)}` : ''}`;
  }
  return `${line}\n`;
}

function createFormatter() {
  let first = true;
  return {
    format({ type, data }) {
      let out = '';
      if (first) {
        first = false;
        out += 'TAP version 13\n';
      }
      switch (type) {
        case 'test:fail': {
          out += reportTest(data.nesting, data.testNumber, 'not ok', data.name, data.skip,
            data.todo);
          const location = data.file ? `${data.file}:${data.line}:${data.column}` : undefined;
          out += reportDetails(data.nesting, data.details, location);
          break;
        }
        case 'test:pass':
          out += reportTest(data.nesting, data.testNumber, 'ok', data.name, data.skip, data.todo);
          out += reportDetails(data.nesting, data.details, null);
          break;
        case 'test:plan':
          out += `${indent(data.nesting)}1..${data.count}\n`;
          break;
        case 'test:start':
          out += `${indent(data.nesting)}# Subtest: ${escapeText(data.name)}\n`;
          break;
        case 'test:stderr':
        case 'test:stdout': {
          const lines = data.message.split(kLineBreak);
          for (const line of lines) {
            if (line.length > 0) out += `# ${escapeText(line)}\n`;
          }
          break;
        }
        case 'test:diagnostic':
          out += `${indent(data.nesting)}# ${escapeText(data.message)}\n`;
          break;
        case 'test:coverage':
          break;
        default:
          if (out === 'TAP version 13\n' && type !== 'test:summary') return out;
          return out;
      }
      return out;
    },
    end() { return ''; },
  };
}

async function* tapReporter(source) {
  const f = createFormatter();
  yield 'TAP version 13\n';
  f.format({ type: 'test:watch:drained', data: {} });
  for await (const event of source) {
    const out = f.format(event);
    if (out) yield out;
  }
}

function pipelineForm() {
  return tapReporter;
}

module.exports = { pipelineForm, createFormatter, tapReporter, jsToYaml };
