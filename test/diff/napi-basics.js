'use strict';
// Node-API values, strings, numbers, bigints, properties, functions, errors and status codes
// (test/fixtures/napi/basics.c, compiled once and loaded by both runtimes).
const { build } = require('../fixtures/napi/build.js');
const a = require(build('basics'));
console.log(a.add(2, 3), a.typeOf(null), a.typeOf(1n), a.typeOf(a.external), a.typeOf(Symbol()), a.typeOf(() => 1), a.typeOf({}));
for (const v of [1.9, -1.9, 2 ** 31, 2 ** 32 + 5, -(2 ** 63) * 4, NaN, Infinity, 1e20]) console.log(v, a.ints(v));
console.log(a.numberStatus('x'), '|', a.numberStatus(1));
for (const s of ['hello', 'héllo wörld ☃ 𝄞']) for (const n of [0, 1, 4, 5, 64]) console.log(n, JSON.stringify(a.strings(s, n)));
console.log(a.bigints(-123n), a.bigints(2n ** 70n));
const o = a.defineProps({});
console.log(o, Object.getOwnPropertyDescriptors(o));
console.log(o.method(5), o.accessor);
const proto = { inherited: 1 }; const k = Object.create(proto); k.own = 1; k[2] = 2; k[Symbol('s')] = 3;
console.log(a.keys(k, -1, 0), a.keys(k, 1, 0), a.keys(k, 0, 2 | 256), a.keys(k, 1, 8));
console.log(a.props({}));
console.log(a.call({ x: 1 }, function (p, q) { return [this.x, p, q]; }, 'p', 'q'));
try { a.call(null, () => { throw new Error('from js'); }, 1, 2); } catch (e) { console.log('caught', e.message); }
{ const r = a.callCatch(() => { throw new TypeError('boom'); }); r.error = r.error.message; console.log(r); }
for (let i = 0; i < 6; i++) try { a.throwKind(i); } catch (e) { console.log(typeof e, e instanceof Error && e.constructor.name, e.message ?? e, e.code, e.isError); }
console.log(a.throwKind(6));
console.log(a.misc());
console.log(process.versions.napi, process.config.variables.napi_build_version);
console.log(Object.isFrozen(a.freeze({ a: 1 }, true)), Object.isSealed(a.freeze({ a: 1 }, false)));
const p = a.makePromise(); p.then((v) => console.log('resolved', v)); a.settle(true, 42);
console.log(a.badArgs());
console.log(a.handleScopes(), a.newTarget(), new a.newTarget() instanceof a.newTarget);
try { a.add('x', 1); } catch (e) { console.log(e.message); }
