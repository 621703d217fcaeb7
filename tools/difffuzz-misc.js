// Differential fuzzing against node 22 of argument handling in modules the other harnesses do
// not cover: stream constructors and helpers, timers, timers/promises, util (parseArgs,
// styleText, promisify, deprecate, types), vm options, readline, os, worker_threads options.
// Prints what each synchronous call returns (summarised) or throws. Left as they are: V8 10.2's
// SyntaxError messages (no token named), node timing out trivial scripts with vm's timeout of
// 1 ms, and node's refusal of unknown flags in a Worker's execArgv.
//   usage: <runtime> tools/difffuzz-misc.js SEED COUNT [kind,kind...]   (see tools/difffuzz.sh)
'use strict';
const { N, only, pick, rnd } = require('./difffuzz-lib')(2000);
const stream = require('stream');
const util = require('util');
const vm = require('vm');

const anyv = () => pick([undefined, null, 0, -1, 1, 1.5, NaN, 2 ** 31, '1', 'x', '', true, false, {}, [], 10n,
  () => {}, Symbol.iterator, Buffer.alloc(2), new AbortController().signal]);
const desc = (v) => (v instanceof stream.Stream ? 'stream' : v === undefined ? 'U' : typeof v === 'bigint' ? `${v}n` : typeof v === 'function' ? 'fn' :
  typeof v === 'symbol' ? 'sym' : Buffer.isBuffer(v) ? `buf${v.length}` : v instanceof AbortSignal ? 'signal' :
  typeof v === 'number' && !Number.isFinite(v) ? String(v) : v);
const summary = (r) => {
  if (r === undefined || r === null || typeof r !== 'object') return typeof r === 'function' ? 'fn' : String(r);
  if (Array.isArray(r)) return `[${r.map(summary).join(', ')}]`;
  if (r instanceof stream.Stream) return `stream ${r.constructor.name} hwm ${r.readableHighWaterMark ?? ''}/${r.writableHighWaterMark ?? ''} om ${r.readableObjectMode ?? ''}/${r.writableObjectMode ?? ''}`;
  try { return JSON.stringify(r).slice(0, 200); } catch { return Object.prototype.toString.call(r); }
};
const show = (f) => {
  try {
    const r = f();
    if (r && typeof r.unref === 'function' && typeof r.hasRef === 'function') { clearTimeout(r); clearInterval(r); return 'timer'; }
    if (r instanceof Promise) { r.catch(() => {}); return 'promise'; }
    return summary(r);
  } catch (e) {
    return `THROW ${e.name} ${e.code} ${JSON.stringify(e.message)}`;
  }
};
const tests = {
  readable: () => { const o = pick([{ highWaterMark: anyv() }, { objectMode: anyv() }, { encoding: pick(['utf8', 'nope', 5, null]) }, { read: anyv() }, anyv(), { signal: anyv() }]); return [desc(o), () => new stream.Readable(o)]; },
  writable: () => { const o = pick([{ highWaterMark: anyv() }, { decodeStrings: anyv() }, { defaultEncoding: pick(['hex', 'nope', 5, null]) }, { write: anyv() }, anyv()]); return [desc(o), () => new stream.Writable(o)]; },
  duplex: () => { const o = pick([{ readableHighWaterMark: anyv(), writableHighWaterMark: anyv() }, { allowHalfOpen: anyv() }, { readableObjectMode: anyv() }, anyv()]); return [desc(o), () => new stream.Duplex(o)]; },
  from: () => { const v = pick([anyv(), [1, 2], 'abc', new Set([1]), (function* g() { yield 1; })()]); const o = pick([undefined, { objectMode: false }, anyv()]); return [desc(v), desc(o), () => stream.Readable.from(v, o)]; },
  helpers: () => { const m = pick(['pipeline', 'finished', 'addAbortSignal', 'compose', 'getDefaultHighWaterMark', 'setDefaultHighWaterMark', 'isErrored', 'isReadable', 'duplexPair']); const a = [anyv(), anyv()]; return [m, a.map(desc), () => (m === 'setDefaultHighWaterMark' ? (stream[m](...a), stream.setDefaultHighWaterMark(false, 65536), stream.setDefaultHighWaterMark(true, 16)) : stream[m](...a))]; },
  timers: () => { const m = pick(['setTimeout', 'setInterval', 'setImmediate']); const a = [anyv(), anyv(), anyv()]; return [m, a.map(desc), () => { const r = globalThis[m](...a); if (m === 'setImmediate') clearImmediate(r); return r; }]; },
  timersPromises: () => { const m = pick(['setTimeout', 'setImmediate', 'setInterval']); const a = [anyv(), anyv(), pick([undefined, { ref: anyv() }, { signal: anyv() }, anyv()])]; return [m, a.map(desc), () => { const r = require('timers/promises')[m](...a); if (m === 'setInterval') { r.return(); return 'iterator'; } return r; }]; },
  parseArgs: () => {
    const args = Array.from({ length: pick([0, 1, 2, 3]) }, () => pick(['-a', '--bee', '--bee=1', 'pos', '--', '-ab', '--no-x', '-', '--c', 'x=y', '-c1']));
    const options = pick([{}, { a: { type: 'boolean', short: 'a' } }, { bee: { type: 'string' } }, { c: { type: 'string', short: 'c', multiple: true } }, { x: { type: 'boolean' } }, { a: { type: 'nope' } }, { a: { type: 'string', short: 'ab' } }, { a: { type: 'boolean', default: 'x' } }, anyv()]);
    const cfg = { args, options, strict: pick([true, false, undefined]), allowPositionals: pick([true, false, undefined]), allowNegative: pick([true, undefined]), tokens: pick([true, undefined]) };
    return [cfg, () => util.parseArgs(cfg)];
  },
  styleText: () => { const f = pick(['red', ['bold', 'red'], 'nope', 5, [], ['red', 'nope'], 'none', 'bgBlue']); const t = pick(['x', 5, null, '']); return [desc(f), desc(t), () => util.styleText(f, t, { validateStream: false })]; },
  promisify: () => { const f = anyv(); return [desc(f), () => util.promisify(f)]; },
  deprecate: () => { const a = [anyv(), anyv(), anyv()]; return [a.map(desc), () => util.deprecate(...a)]; },
  inherits: () => { const a = [anyv(), anyv()]; return [a.map(desc), () => util.inherits(...a)]; },
  vm: () => { const code = pick(['1 + 1', 'x', 'throw 1', '(', 'this.constructor.name', 'typeof require']); const o = pick([undefined, { timeout: anyv() }, { filename: anyv() }, { lineOffset: anyv() }, { displayErrors: anyv() }, { breakOnSigint: anyv() }, anyv()]); const ctx = pick([undefined, {}, anyv()]); return [code, desc(o), desc(ctx), () => vm.runInNewContext(code, ctx, o)]; },
  script: () => { const code = pick(['1', '(', 'a b']); const o = pick([{ cachedData: anyv() }, { produceCachedData: anyv() }, { importModuleDynamically: anyv() }, anyv()]); return [code, desc(o), () => { const s = new vm.Script(code, o); return typeof s.runInThisContext; }]; },
  os: () => { const m = pick(['getPriority', 'setPriority', 'userInfo', 'availableParallelism', 'endianness']); const a = [anyv()]; return [m, a.map(desc), () => (m === 'setPriority' ? require('os')[m](process.pid, require('os').getPriority()) : typeof require('os')[m](...a))]; },
  readline: () => { const o = pick([{ input: anyv() }, { input: new stream.PassThrough(), historySize: anyv() }, { input: new stream.PassThrough(), completer: anyv() }, { input: new stream.PassThrough(), tabSize: anyv() }, anyv()]); return [o && typeof o === 'object' && !Array.isArray(o) ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, desc(v)])) : desc(o), () => { const rl = require('readline').createInterface(o); rl.close(); return 'rl'; }]; },
  worker: () => { const o = pick([{ eval: true, argv: anyv() }, { eval: true, env: anyv() }, { eval: true, resourceLimits: anyv() }, { eval: true, stdin: anyv() }, { eval: true, workerData: () => {} }, { eval: true, name: anyv() }, anyv()]); return [desc(o), () => { const w = new (require('worker_threads').Worker)('0', o); w.terminate(); return 'worker'; }]; },
};
const kinds = only ? only.split(',') : Object.keys(tests);
for (let i = 0; i < N; i++) {
  const n = pick(kinds);
  const t = tests[n]();
  const f = t.pop();
  console.log(`${n} ${JSON.stringify(t, (k, x) => (typeof x === 'bigint' ? `${x}n` : typeof x === 'number' && !Number.isFinite(x) ? String(x) : typeof x === 'function' ? 'fn' : typeof x === 'symbol' ? 'sym' : x))} => ${show(f)}`);
}
setImmediate(() => process.exit(0));
