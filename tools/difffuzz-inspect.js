// Differential fuzzing of util.inspect (what console.log prints) and assert's error messages
// against node 22: random nested values.
//   usage: <runtime> tools/difffuzz-inspect.js SEED COUNT [kind,kind...]   (see tools/difffuzz.sh)
'use strict';
const { N, only, rnd, ri, pick } = require('./difffuzz-lib')(2000);
const util = require('util'); const assert = require('assert');
const words = ['a', 'foo', 'bar baz', 'x'.repeat(20), 'long '.repeat(12), '', 'é☺', 'with\nnewline', "it's", '"q"', 'key-name', '1abc', 'constructor', '__proto__'];
function value(depth) {
  const r = ri(depth > 3 ? 6 : 16);
  switch (r) {
    case 0: return ri(2000) - 1000;
    case 1: return pick([0, -0, 1.5, -1e21, 1e-7, NaN, Infinity, 2 ** 53, 123456789]);
    case 2: return pick(words);
    case 3: return pick([true, false, null, undefined]);
    case 4: return BigInt(ri(1e6)) * pick([1n, -1n, 10n ** 20n]);
    case 5: return pick([Symbol('s'), Symbol.iterator, Symbol()]);
    case 6: case 7: { const n = ri(pick([3, 8, 30, 120])); return Array.from({ length: n }, () => (rnd() < 0.7 ? ri(pick([10, 1000, 1e6])) : value(depth + 1))); }
    case 8: case 9: { const o = {}; for (let k = ri(pick([3, 6, 30])); k > 0; k--) Object.defineProperty(o, pick(words) + (rnd() < 0.5 ? ri(9) : ''), { value: value(depth + 1), enumerable: true, writable: true, configurable: true }); return o; }
    case 10: return new Map(Array.from({ length: ri(5) }, () => [value(depth + 1), value(depth + 1)]));
    case 11: return new Set(Array.from({ length: ri(5) }, () => value(depth + 1)));
    case 12: { const a = [value(depth + 1), value(depth + 1)]; if (rnd() < 0.3) a.push(a); if (rnd() < 0.3) a[5] = 1; a.prop = 'p'; return a; }
    case 13: return pick([new Uint8Array(ri(40)), new Float64Array([1.5, -0, NaN]), new ArrayBuffer(ri(10)), Buffer.from('hello'), new DataView(new ArrayBuffer(3))]);
    case 14: { class Point { constructor() { this.x = ri(9); this.y = value(depth + 1); } } const p = new Point(); if (rnd() < 0.3) Object.defineProperty(p, 'g', { get() { return 1; }, enumerable: true }); return p; }
    default: return pick([new Date(ri(2e12)), /re[g]+x/gi, new Error('boom'), Object.create(null), function named() {}, () => {}, class K {}, new WeakSet(), Promise.resolve(ri(5)), new Boolean(false), new String('str'), Object(1n)]);
  }
}
const stack = (s) => String(s).replace(/\n[+-]? *\s+at .*/g, '').replace(/\{\n\s*\[stack\]:[^}]*\}/g, '');
const tests = {
  inspect: () => { const v = value(0); const o = pick([{}, { depth: ri(4) }, { compact: pick([false, 1, 3, true]) }, { breakLength: pick([20, 80, Infinity]) }, { sorted: true }, { maxArrayLength: ri(10) }, { maxStringLength: ri(20) }, { showHidden: true }, { getters: true }, { numericSeparator: true }]); return [o, () => stack(util.inspect(v, o))]; },
  format: () => { const v = [value(0), value(0)]; return [() => stack(util.format('%s %o %j|', ...v) + util.format(...v))]; },
  deepEqual: () => { const a = value(0); const b = rnd() < 0.5 ? structuredCloneSafe(a) : value(0); return [() => { try { assert.deepStrictEqual(a, b); return 'equal'; } catch (e) { return stack(e.message); } }]; },
  strictEqual: () => { const a = value(1), b = value(1); return [() => { try { assert.strictEqual(a, b); return 'equal'; } catch (e) { return stack(e.message); } }]; },
};
function structuredCloneSafe(v) { try { const c = structuredClone(v); if (c && typeof c === 'object' && rnd() < 0.5) { const k = Object.keys(c)[0]; if (k !== undefined) c[k] = value(2); } return c; } catch { return v; } }
const names = only ? only.split(',') : Object.keys(tests);
for (let i = 0; i < N; i++) {
  const n = pick(names); const t = tests[n](); const f = t.pop();
  let out; try { out = f(); } catch (e) { out = 'THROW ' + e.message; }
  console.log(n, i, JSON.stringify(t), '=>', JSON.stringify(out));
}
