'use strict';
// The spec reporter (node:test/reporters spec): a tree of pass/fail lines, the summary, then the
// failing tests with their errors.

const { Transform } = require('stream');
const { inspect } = require('util');
const path = require('path');

const symbols = {
  __proto__: null,
  'test:fail': '\u2716 ',
  'test:pass': '\u2714 ',
  'test:diagnostic': '\u2139 ',
  'test:coverage': '\u2139 ',
  'arrow:right': '\u25b6 ',
  'hyphen:minus': '\ufe63 ',
  'warning:alert': '\u26a0 ',
};

function makeColors(enabled) {
  const c = (code) => (enabled ? `\x1b[${code}m` : '');
  return { __proto__: null, green: c(32), red: c(31), gray: c(90), blue: c(34), yellow: c(33),
    white: c(39) };
}

function hasColors(dest) {
  if (process.env.NO_COLOR !== undefined || process.env.NODE_DISABLE_COLORS !== undefined) {
    return process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0';
  }
  if (process.env.FORCE_COLOR !== undefined) return process.env.FORCE_COLOR !== '0';
  return !!(dest && dest.isTTY && (typeof dest.hasColors !== 'function' || dest.hasColors()));
}

function indent(nesting) {
  return '  '.repeat(nesting);
}

function formatError(error, ind, colors) {
  if (!error) return '';
  const err = error.code === 'ERR_TEST_FAILURE' ? error.cause : error;
  const text = inspect(err, { __proto__: null, colors: colors.red !== '', breakLength: Infinity });
  return `\n${ind}  ${text.split(/\r?\n/).join(`\n${ind}  `)}\n`;
}

function formatTestReport(type, data, colors, prefix = '', ind = '', hasChildren = false,
                          showErrorDetails = true) {
  const colorMap = { __proto__: null, 'test:fail': colors.red, 'test:pass': colors.green,
    'test:diagnostic': colors.blue };
  let color = colorMap[type] ?? colors.white;
  let symbol = symbols[type] ?? ' ';
  const { skip, todo } = data;
  const duration = data.details?.duration_ms ?
    ` ${colors.gray}(${data.details.duration_ms}ms)${colors.white}` : '';
  let title = `${data.name}${duration}`;
  if (skip !== undefined) {
    title += ` # ${typeof skip === 'string' && skip.length ? skip : 'SKIP'}`;
    color = colors.gray;
    symbol = symbols['hyphen:minus'];
  } else if (todo !== undefined) {
    title += ` # ${typeof todo === 'string' && todo.length ? todo : 'TODO'}`;
  }
  const error = showErrorDetails ? formatError(data.details?.error, ind, colors) : '';
  const err = hasChildren ?
    (!error || data.details?.error?.failureType === 'subtestsFailed' ? '' : `\n${error}`) : error;
  return `${prefix}${ind}${color}${symbol}${title}${colors.white}${err}`;
}

function locationHeader(data) {
  if (!data.file) return '';
  let file = data.file;
  if (file.startsWith('file://')) {
    try { file = require('url').fileURLToPath(file); } catch { /* keep the URL */ }
  }
  return `test at ${path.relative(process.cwd(), file)}:${data.line}:${data.column}\n`;
}

function createFormatter(dest = process.stdout) {
  const colors = makeColors(hasColors(dest));
  const stack = [];
  const reported = [];
  const failed = [];
  function reportEvent(type, data) {
    stack.shift();
    let prefix = '';
    while (stack.length) {
      const parent = stack.pop();
      reported.unshift(parent.data);
      prefix += `${indent(parent.data.nesting)}${symbols['arrow:right']}${parent.data.name}\n`;
    }
    let hasChildren = false;
    if (reported[0] && reported[0].nesting === data.nesting && reported[0].name === data.name) {
      reported.shift();
      hasChildren = true;
    }
    return `${formatTestReport(type, data, colors, prefix, indent(data.nesting), hasChildren,
      false)}\n`;
  }
  return {
    format({ type, data }) {
      switch (type) {
        case 'test:fail':
          if (data.details?.error?.failureType !== 'subtestsFailed') failed.push(data);
          return reportEvent(type, data);
        case 'test:pass':
          return reportEvent(type, data);
        case 'test:start':
          stack.unshift({ __proto__: null, data, type });
          return '';
        case 'test:stderr':
        case 'test:stdout':
          return data.message;
        case 'test:diagnostic':
          return `${colors.blue}${indent(data.nesting)}${symbols[type]}${data.message}` +
            `${colors.white}\n`;
        default:
          return '';
      }
    },
    end() {
      if (failed.length === 0) return '';
      const items = failed.map((data) =>
        `${locationHeader(data)}${formatTestReport('test:fail', data, colors)}`);
      return `\n${colors.red}${symbols['test:fail']}failing tests:${colors.white}\n\n` +
        items.join('\n');
    },
  };
}

class SpecReporter extends Transform {
  #formatter;
  constructor() {
    super({ __proto__: null, writableObjectMode: true });
    this.#formatter = createFormatter();
  }
  _transform(event, encoding, callback) {
    callback(null, this.#formatter.format(event) || undefined);
  }
  _flush(callback) {
    callback(null, this.#formatter.end() || undefined);
  }
}

function pipelineForm() {
  return new SpecReporter();
}

module.exports = { pipelineForm, createFormatter, SpecReporter, formatTestReport, symbols,
  makeColors, hasColors, locationHeader };
