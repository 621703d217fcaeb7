'use strict';
// assert.partialDeepStrictEqual over seeded random values and subsets of
// them (elements, keys, set members and map entries dropped, a few values
// replaced): prints T (passes), F (AssertionError) or X (other error).
const assert = require('assert');

let seed = 11;
function rnd(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}

const prims = [0, -0, 1, '1', 'a', true, null, undefined, NaN];

function gen(depth) {
  const r = rnd(depth > 2 ? 3 : 9);
  if (r < 3) return prims[rnd(prims.length)];
  const n = rnd(4);
  if (r === 3 || r === 4) {
    const a = [];
    for (let i = 0; i < n; i++) a.push(gen(depth + 1));
    return a;
  }
  if (r === 5 || r === 6) {
    const o = {};
    for (let i = 0; i < n; i++) o[`k${rnd(4)}`] = gen(depth + 1);
    return o;
  }
  if (r === 7) {
    const s = new Set();
    for (let i = 0; i < n; i++) s.add(gen(depth + 1));
    return s;
  }
  const m = new Map();
  for (let i = 0; i < n; i++) m.set(rnd(2) ? rnd(3) : { k: rnd(2) }, gen(depth + 1));
  return m;
}

function subset(v, depth) {
  if (rnd(40) === 0) return gen(depth);
  if (Array.isArray(v)) return v.filter(() => rnd(3)).map((x) => subset(x, depth + 1));
  if (v instanceof Set) {
    const s = new Set();
    for (const x of v) {
      if (rnd(3)) s.add(rnd(2) ? x : subset(x, depth + 1));
    }
    return s;
  }
  if (v instanceof Map) {
    const m = new Map();
    for (const [k, x] of v) {
      if (rnd(3)) m.set(rnd(4) ? k : subset(k, depth + 1), subset(x, depth + 1));
    }
    return m;
  }
  if (v && typeof v === 'object') {
    const o = {};
    for (const k of Object.keys(v)) {
      if (rnd(3)) o[k] = subset(v[k], depth + 1);
    }
    return o;
  }
  return v;
}

let out = '';
for (let i = 0; i < 4000; i++) {
  const actual = gen(0);
  const expected = subset(actual, 0);
  try {
    assert.partialDeepStrictEqual(actual, expected);
    out += 'T';
  } catch (err) {
    out += err.code === 'ERR_ASSERTION' ? 'F' : 'X';
  }
  if (i % 80 === 79) out += '\n';
}
process.stdout.write(out);
