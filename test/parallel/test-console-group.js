'use strict';
// group/groupCollapsed/groupEnd indentation on both streams, multi-line
// output, custom groupIndentation, and groupEnd below zero.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

function sink() {
  const s = new EventEmitter();
  s.chunks = [];
  s.write = (chunk) => {
    s.chunks.push(chunk);
    return true;
  };
  return s;
}

{
  const out = sink();
  const err = sink();
  const c = new Console(out, err);
  c.group();
  c.log('one');
  c.group('label %d', 2);
  c.error('two\nlines');
  c.groupCollapsed();
  c.warn('three');
  c.dir({ a: 1 });
  c.groupEnd();
  c.groupEnd();
  c.log('four');
  c.groupEnd();
  c.groupEnd();
  c.log('five');
  assert.deepStrictEqual(out.chunks, [
    '  one\n', '  label 2\n', '      { a: 1 }\n', '  four\n', 'five\n',
  ]);
  assert.deepStrictEqual(err.chunks, ['    two\n    lines\n', '      three\n']);
}

{
  const out = sink();
  const c = new Console({ stdout: out, groupIndentation: 3 });
  c.group('a');
  c.group('b');
  c.log('c\nd');
  c.groupEnd();
  c.log('e');
  assert.deepStrictEqual(out.chunks, ['a\n', '   b\n', '      c\n      d\n', '   e\n']);
}

{
  const out = sink();
  const c = new Console({ stdout: out, groupIndentation: 0 });
  c.group('a');
  c.log('b');
  assert.deepStrictEqual(out.chunks, ['a\n', 'b\n']);
}

// console.table output is indented line by line.
{
  const out = sink();
  const c = new Console(out);
  c.group();
  c.table([1]);
  assert.strictEqual(out.chunks[0],
                     '  \u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c' +
                     '\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2510\n' +
                     '  \u2502 (index) \u2502 Values \u2502\n' +
                     '  \u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c' +
                     '\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2524\n' +
                     '  \u2502 0       \u2502 1      \u2502\n' +
                     '  \u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534' +
                     '\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2518\n');
}
