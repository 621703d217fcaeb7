'use strict';
// console.table(): the properties argument is validated; non-objects are
// logged as they are; exact layout for a small table (recorded from Node 22).
require('../common');
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

for (const bad of ['a', {}, 1, null]) {
  assert.throws(() => c.table([], bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "properties" argument must be an instance of Array\. Received /,
  });
}

c.table(5);
c.table('%s str');
c.table(null);
c.table(undefined);
c.table(Symbol('s'));
assert.deepStrictEqual(out.chunks.splice(0), ['5\n', '%s str\n', 'null\n', 'undefined\n', 'Symbol(s)\n']);

c.table([{ a: 1, b: 'x' }, { a: 22, c: [1, 2, 3, 4] }]);
assert.strictEqual(out.chunks.pop(), [
  '\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u252c' +
    '\u2500\u2500\u2500\u2500\u2500\u252c' + '\u2500'.repeat(30) + '\u2510',
  '\u2502 (index) \u2502 a  \u2502 b   \u2502 c                            \u2502',
  '\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u253c' +
    '\u2500\u2500\u2500\u2500\u2500\u253c' + '\u2500'.repeat(30) + '\u2524',
  "\u2502 0       \u2502 1  \u2502 'x' \u2502                              \u2502",
  '\u2502 1       \u2502 22 \u2502     \u2502 [ 1, 2, 3, ... 1 more item ] \u2502',
  '\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2534' +
    '\u2500\u2500\u2500\u2500\u2500\u2534' + '\u2500'.repeat(30) + '\u2518',
  '',
].join('\n'));

// A Map iterator is shown without being consumed.
const it = new Map([[1, 2]]).entries();
c.table(it);
assert.deepStrictEqual([...it], [[1, 2]]);
