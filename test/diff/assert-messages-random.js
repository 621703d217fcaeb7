'use strict';
// Diff messages for seeded random pairs of nested values (the second a
// mutation of the first): exercises the line diff, its ordering of + and -
// lines, trailing-comma handling and the collapsing of unchanged lines.
const assert = require('assert');

let seed = 12345;
function rnd(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}

function gen(depth) {
  const r = rnd(depth > 2 ? 4 : 7);
  if (r === 0) return rnd(5);
  if (r === 1) return ['a', 'b', 'xyz', '', 'line\nbreak', 'x'.repeat(rnd(90))][rnd(6)];
  if (r === 2) {
    return [null, undefined, true, -0, new Set([rnd(3), 'a']),
            new Map([[rnd(2), { a: rnd(2) }]]), NaN, 10n ** BigInt(rnd(30))][rnd(8)];
  }
  if (r === 3) return rnd(3) - 1;
  if (r === 4 || r === 5) {
    const a = [];
    const n = rnd(depth === 0 ? 25 : 8);
    for (let i = 0; i < n; i++) a.push(gen(depth + 1));
    return a;
  }
  const o = {};
  const n = rnd(8);
  for (let i = 0; i < n; i++) o[`k${rnd(10)}`] = gen(depth + 1);
  return o;
}

function mutate(v, depth) {
  if (v === null || typeof v !== 'object' || rnd(4) === 0) return gen(depth);
  if (Array.isArray(v)) {
    const a = v.slice();
    const op = rnd(3);
    if (op === 0 || a.length === 0) a.splice(rnd(a.length + 1), 0, gen(depth + 1));
    else if (op === 1) a.splice(rnd(a.length), 1);
    else {
      const i = rnd(a.length);
      a[i] = mutate(a[i], depth + 1);
    }
    return a;
  }
  if (v instanceof Map || v instanceof Set) return gen(depth);
  const o = { ...v };
  const keys = Object.keys(o);
  const op = rnd(3);
  if (op === 0 || keys.length === 0) o[`k${rnd(10)}`] = gen(depth + 1);
  else if (op === 1) delete o[keys[rnd(keys.length)]];
  else {
    const k = keys[rnd(keys.length)];
    o[k] = mutate(o[k], depth + 1);
  }
  return o;
}

const names = ['deepStrictEqual', 'strictEqual', 'deepEqual', 'notDeepStrictEqual',
               'partialDeepStrictEqual'];
for (let i = 0; i < 400; i++) {
  const a = gen(0);
  let b = mutate(a, 0);
  if (rnd(3) === 0) b = mutate(b, 0);
  for (const name of names) {
    let line;
    try {
      assert[name](a, b);
      line = 'ok';
    } catch (err) {
      line = JSON.stringify(err.message);
    }
    process.stdout.write(`${i} ${name} ${line}\n`);
  }
}
