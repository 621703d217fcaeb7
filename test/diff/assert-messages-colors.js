'use strict';
// Coloured diffs: with FORCE_COLOR the messages colour the + and - lines,
// and two strings are shown as one line with a coloured character diff.
delete process.env.NO_COLOR;
delete process.env.NODE_DISABLE_COLORS;
process.env.FORCE_COLOR = '1';
const assert = require('assert');

function run(fn) {
  try {
    fn();
    process.stdout.write('(no error)\n');
  } catch (err) {
    process.stdout.write(`${JSON.stringify(err.message)}\n`);
  }
}

run(() => assert.strictEqual(1, 2));
run(() => assert.strictEqual('a'.repeat(20), `${'a'.repeat(19)}b`));
run(() => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }));
run(() => assert.deepStrictEqual(Array.from({ length: 30 }, (_, i) => i),
                                 Array.from({ length: 30 }, (_, i) => (i === 29 ? 0 : i))));
run(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
run(() => assert.deepEqual({ a: 1 }, { a: 2 }));
run(() => assert.strictEqual('hello world', 'hello there'));
run(() => assert.strictEqual(1234567, 1234568));
run(() => assert.strictEqual(0, -0));
run(() => assert.strictEqual('x\ny\nzzzzz', 'x\ny\nwwwww'));
run(() => assert.strictEqual({}, {}));
run(() => assert.strictEqual('abcdefghijklmnop', 1));
run(() => assert.deepStrictEqual([1], 2));
run(() => assert.strictEqual(12345678901234567890n, 12345678901234567891n));
run(() => assert.strictEqual('abc', 'xyzabcdefghijkl', 'custom'));
run(() => assert.partialDeepStrictEqual({ a: 1 }, { a: 2 }));
run(() => assert.partialDeepStrictEqual([1, 2, 3], [3, 1]));
run(() => assert.throws(() => { throw new Error('x'); }, { message: 'y' }));
run(() => assert.strictEqual(Symbol('abcdefgh'), Symbol('abcdefgi')));
run(() => assert.strictEqual(`${'a'.repeat(45)}b`, `${'a'.repeat(45)}c`));
run(() => assert.ok(false));
run(() => assert.match('abc', /x/));
