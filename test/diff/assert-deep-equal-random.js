'use strict';
// Seeded random pairs of values (primitives that are loosely equal, nested
// arrays, objects, sets, maps, boxed primitives, dates, errors, typed
// arrays, null-prototype objects, arguments) and a perturbed copy: prints
// isDeepStrictEqual and deepEqual in both directions.
const assert = require('assert');
const { isDeepStrictEqual } = require('util');

let seed = 7;
function rnd(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}

const prims = [0, -0, 1, '1', '', 'a', true, false, null, undefined, NaN, 1n, '0'];

function special() {
  switch (rnd(7)) {
    case 0: return new Number(rnd(2));
    case 1: return new String(`${rnd(2)}`);
    case 2: return new Date(rnd(2));
    case 3: return /a/g;
    case 4: return new Error(`e${rnd(2)}`);
    case 5: return new Uint8Array([rnd(2)]);
    default: return new Float64Array([[0, -0, NaN][rnd(3)]]);
  }
}

function gen(depth) {
  const r = rnd(depth > 2 ? 3 : 10);
  if (r < 3) return prims[rnd(prims.length)];
  const n = rnd(4);
  if (r === 3) {
    const a = [];
    for (let i = 0; i < n; i++) a.push(gen(depth + 1));
    return a;
  }
  if (r === 4) {
    const o = {};
    for (let i = 0; i < n; i++) o[`k${rnd(3)}`] = gen(depth + 1);
    return o;
  }
  if (r === 5) {
    const s = new Set();
    for (let i = 0; i < n; i++) s.add(gen(depth + 1));
    return s;
  }
  if (r === 6) {
    const m = new Map();
    for (let i = 0; i < n; i++) m.set(gen(depth + 1), gen(depth + 1));
    return m;
  }
  if (r === 7) return special();
  if (r === 8) return Object.create(rnd(2) ? null : {});
  return (function() { return arguments; })(rnd(2));
}

// A structurally similar value with random small changes.
function perturb(v, depth) {
  if (rnd(6) === 0) return gen(depth);
  if (v instanceof Set) {
    const s = new Set();
    for (const x of v) s.add(perturb(x, depth + 1));
    return s;
  }
  if (v instanceof Map) {
    const m = new Map();
    for (const [k, x] of v) m.set(rnd(3) ? k : perturb(k, depth + 1), perturb(x, depth + 1));
    return m;
  }
  if (Array.isArray(v)) return v.map((x) => perturb(x, depth + 1));
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const o = {};
    for (const k of Object.keys(v)) o[k] = perturb(v[k], depth + 1);
    return o;
  }
  if (typeof v === 'number' && rnd(3) === 0) return String(v);
  return v;
}

function strict(a, b) {
  try {
    return isDeepStrictEqual(a, b) ? 'T' : 'F';
  } catch {
    return 'X';
  }
}

function loose(a, b) {
  try {
    assert.deepEqual(a, b);
    return 'T';
  } catch (err) {
    return err.code === 'ERR_ASSERTION' ? 'F' : 'X';
  }
}

let out = '';
for (let i = 0; i < 3000; i++) {
  const a = gen(0);
  const b = perturb(a, 0);
  out += `${strict(a, b)}${loose(a, b)}${loose(b, a)}${strict(b, a)} `;
  if (i % 20 === 19) out += '\n';
}
process.stdout.write(`${out}\n`);
