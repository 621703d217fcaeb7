'use strict';
// URLSearchParams: constructors, methods, ordering, serialisation and iteration.
require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(new URLSearchParams('?a=b+c%20d&e').toString(), 'a=b+c+d&e=');
assert.deepStrictEqual([...new URLSearchParams([['x', 1], ['y', 2]])], [['x', '1'], ['y', '2']]);
assert.deepStrictEqual([...new URLSearchParams({ a: 1, b: 'c' })], [['a', '1'], ['b', 'c']]);
assert.deepStrictEqual([...new URLSearchParams(new Map([['m', 'n']]))], [['m', 'n']]);
assert.strictEqual(new URLSearchParams('%zz=%E2%82').get('%zz'), '\ufffd');
assert.strictEqual(new URLSearchParams({ 'a b': "!'()~*" }).toString(), 'a+b=%21%27%28%29%7E*');

const p = new URLSearchParams('b=1&a=2&b=3');
assert.strictEqual(p.size, 3);
assert.strictEqual(p.get('b'), '1');
assert.deepStrictEqual(p.getAll('b'), ['1', '3']);
assert.strictEqual(p.has('b', '3'), true);
assert.strictEqual(p.has('b', '4'), false);
p.set('b', '9');
assert.strictEqual(p.toString(), 'b=9&a=2');
p.append('a', '0');
p.sort();
assert.strictEqual(p.toString(), 'a=2&a=0&b=9');
p.delete('a', '0');
assert.strictEqual(p.toString(), 'a=2&b=9');
const seen = [];
p.forEach((v, k) => seen.push(k + v));
assert.deepStrictEqual(seen, ['a2', 'b9']);
assert.deepStrictEqual([...p.keys()], ['a', 'b']);
assert.deepStrictEqual([...p.values()], ['2', '9']);
assert.strictEqual(p[Symbol.iterator], p.entries);
assert.strictEqual(Object.prototype.toString.call(p.keys()), '[object URLSearchParams Iterator]');

assert.strictEqual(util.inspect(new URLSearchParams('a=1&b=2')),
                   "URLSearchParams { 'a' => '1', 'b' => '2' }");
assert.strictEqual(util.inspect(new URLSearchParams()), 'URLSearchParams {}');
assert.strictEqual(util.inspect(new URLSearchParams('a=1').keys()), "URLSearchParams Iterator { 'a' }");
assert.match(util.inspect(new URL('http://x/')), /^URL \{\n {2}href: 'http:\/\/x\/',\n {2}origin:/);
