'use strict';
// Circular structures. Node compares by plain recursion until a comparison
// overflows the stack on a cycle; from then on it tracks the objects being
// compared, and a pair met again while both are still being compared counts
// as equal (checked after the key counts, before the key names).
require('../common');
const assert = require('assert');
const { isDeepStrictEqual } = require('util');

function pairWithRenamedKey() {
  const l = {};
  const la = {};
  l.c = la;
  la.back = la;
  const r = {};
  const ra = {};
  r.c = ra;
  ra.back = r;
  return [l, r];
}

// Before any cycle was met: the key names differ.
assert.strictEqual(isDeepStrictEqual(...pairWithRenamedKey()), false);

function selfRef() {
  const a = { x: 1 };
  a.self = a;
  return a;
}

assert.deepStrictEqual(selfRef(), selfRef());
assert.deepEqual(selfRef(), selfRef());

// Now cycles are tracked: the same pair compares equal.
assert.strictEqual(isDeepStrictEqual(...pairWithRenamedKey()), true);

// A cycle of length one against a cycle of length two.
const a = selfRef();
const b = { x: 1, self: { x: 1, self: null } };
b.self.self = b;
assert.deepStrictEqual(a, b);

const c = {};
c.a = c;
const d = {};
d.a = { a: d };
assert.deepStrictEqual(c, d);

// Arrays, maps and sets holding themselves.
const arr1 = [1];
arr1.push(arr1);
const arr2 = [1];
arr2.push(arr2);
assert.deepStrictEqual(arr1, arr2);

const m1 = new Map();
m1.set('x', m1);
const m2 = new Map();
m2.set('x', m2);
assert.deepStrictEqual(m1, m2);

const s1 = new Set();
s1.add(s1);
const s2 = new Set();
s2.add(s2);
assert.deepStrictEqual(s1, s2);

// Key counts are still compared first.
{
  const [l, r] = pairWithRenamedKey();
  l.c.extra = 1;
  assert.strictEqual(isDeepStrictEqual(l, r), false);
}

// Values that differ next to a cycle still fail.
const p = { n: 1 };
p.self = p;
const q = { n: 2 };
q.self = q;
assert.notDeepStrictEqual(p, q);
assert.notDeepEqual(p, q);

// Cycles whose members alternate.
const l3 = { n: 1 };
const la3 = { n: 2 };
l3.c = la3;
la3.c = la3;
const r3 = { n: 1 };
const ra3 = { n: 2 };
r3.c = ra3;
ra3.c = r3;
assert.strictEqual(isDeepStrictEqual(l3, r3), true);

// Failing messages print the cycle.
assert.throws(() => assert.deepStrictEqual(p, q), {
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
    '  <ref *1> {\n+   n: 1,\n-   n: 2,\n    self: [Circular *1]\n  }\n',
});
