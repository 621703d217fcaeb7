'use strict';
// console.time/timeLog/timeEnd with the real clock (format only, by regex)
// and with process.hrtime replaced (exact text); warnings for bad labels.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

const out = new EventEmitter();
out.chunks = [];
out.write = (chunk) => {
  out.chunks.push(chunk);
  return true;
};
const c = new Console(out);

// Real clock: the value is not checked, only its shape.
c.time();
c.timeLog();
c.timeLog('default', 'extra', 1);
c.time('label');
c.timeEnd('label');
c.timeEnd();
const duration = /(\d+(\.\d{1,3})?ms|\d+\.\d{3}s|\d+:\d{2}\.\d{3} \(m:ss\.mmm\))/.source;
assert.strictEqual(out.chunks.length, 4);
assert.match(out.chunks[0], new RegExp(`^default: ${duration}\\n$`));
assert.match(out.chunks[1], new RegExp(`^default: ${duration} extra 1\\n$`));
assert.match(out.chunks[2], new RegExp(`^label: ${duration}\\n$`));
assert.match(out.chunks[3], new RegExp(`^default: ${duration}\\n$`));
out.chunks.length = 0;

// Fake clock.
const realHrtime = process.hrtime;
let now = [0, 0];
process.hrtime = (prev) => (prev === undefined ? now.slice() :
  [now[0] - prev[0], now[1] - prev[1]]);
const cases = [
  [[0, 0], '0ms'],
  [[0, 1234567], '1.235ms'],
  [[0, 999999999], '1000ms'],
  [[1, 0], '1.000s'],
  [[12, 345678901], '12.346s'],
  [[61, 500000000], '1:01.500 (m:ss.mmm)'],
  [[3725, 500000000], '1:02:05.500 (h:mm:ss.mmm)'],
];
for (const [elapsed, text] of cases) {
  now = [0, 0];
  c.time('t');
  now = elapsed;
  c.timeEnd('t');
  assert.strictEqual(out.chunks.pop(), `t: ${text}\n`);
}
process.hrtime = realHrtime;

// Labels are strings: 1 and '1' are the same timer.
c.time(1);
c.timeEnd('1');
assert.strictEqual(out.chunks.length, 1);
out.chunks.length = 0;

const expected = [
  "No such label 'missing' for console.timeEnd()",
  "No such label 'missing' for console.timeLog()",
  "Label 'dup' already exists for console.time()",
  "Count for 'nope' does not exist",
];
process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'Warning');
  assert.strictEqual(warning.message, expected.shift());
}, expected.length));
c.timeEnd('missing');
c.timeLog('missing');
c.time('dup');
c.time('dup');
c.countReset('nope');
assert.strictEqual(out.chunks.length, 0);
