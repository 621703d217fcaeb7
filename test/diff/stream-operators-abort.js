'use strict';
// The operators' abort errors (their own checks throw an AbortError without a cause; toArray
// and a reduce given an aborted signal carry its reason, and that reduce destroys the stream),
// the operator functions' lengths, `new` on them, and Readable.prototype.compose (its result
// goes through Readable.from like map's; a readable-only stream is refused as not writable).
const { Readable, PassThrough, Duplex } = require('stream');
const { L, tick, src, run } = require('./_stream_operators');
const err = (e) => L(`err ${e.name} ${e.code} ${e.message.split('\n')[0]} cause=${e.cause}`);
const drain = (r) => { r.on('error', err); r.on('data', (d) => L(`data ${d}`)); };
const cases = {
  async mapPreAborted() { drain(src('s', 5).map((x) => { L(`fn ${x}`); return x; }, { signal: AbortSignal.abort('pre') })); await tick(3); },
  async takePreAborted() { drain(src('s', 5).take(4, { signal: AbortSignal.abort('x') })); await tick(2); },
  async dropPreAborted() { drain(src('s', 5).drop(1, { signal: AbortSignal.abort('x') })); await tick(2); },
  async takeAbortMid() {
    const ac = new AbortController();
    const r = src('s', 5).take(4, { signal: ac.signal });
    r.on('error', err);
    r.on('data', (d) => { L(`data ${d}`); if (d === 1) ac.abort('R'); });
    await tick(3);
  },
  async forEachPreAborted() {
    try { await src('s', 3).forEach((x) => L(`fn ${x}`), { signal: AbortSignal.abort('x') }); } catch (e) { err(e); }
    await tick(2);
  },
  async somePreAborted() {
    try { await src('s', 3).some((x) => L(`fn ${x}`), { signal: AbortSignal.abort('x') }); } catch (e) { err(e); }
    await tick(2);
  },
  async toArrayAbortMid() {
    const ac = new AbortController();
    const s = src('s', 5);
    s.on('data', (d) => { if (d === 1) ac.abort('y'); });
    try { await s.toArray({ signal: ac.signal }); } catch (e) { err(e); }
    await tick(2);
  },
  async reducePreAborted() {
    const s = src('s', 3);
    try { await s.reduce((a, b) => a + b, 0, { signal: AbortSignal.abort('x') }); } catch (e) { err(e); }
    L(`destroyed ${s.destroyed}`);
    await tick(2);
  },
  async reduceAbortMid() {
    const ac = new AbortController();
    const sigs = [];
    try {
      await src('s', 5).reduce(async (a, b, { signal }) => { sigs.push(signal); if (b === 2) ac.abort('z'); await null; return a + b; }, 0, { signal: ac.signal });
    } catch (e) { err(e); }
    L(sigs.map((s) => `${s.aborted}:${s.reason && s.reason.name}`).join(','));
    await tick(2);
  },
  lengths() {
    L(['map', 'filter', 'forEach', 'flatMap', 'take', 'drop', 'reduce', 'toArray', 'some', 'every', 'find', 'compose']
      .map((k) => `${k}:${Readable.prototype[k].length}`).join(' '));
  },
  construct() {
    for (const k of ['map', 'take', 'compose', 'toArray', 'reduce']) {
      try { new Readable.prototype[k](() => {}); L(`${k} constructed`); } catch (e) { err(e); }
    }
  },
  async compose() {
    const s = src('s', 3);
    const c = s.compose(new PassThrough({ objectMode: true }));
    L(`${c.constructor.name} ${c instanceof Duplex} ${c.readableObjectMode}`);
    L(`v ${await c.toArray()}`);
    try { src('t', 1).compose(Readable.from([1])); } catch (e) { err(e); }
    try { src('t', 1).compose(async function* (x) { yield* x; }, 5); } catch (e) { err(e); }
    const g = src('u', 3).compose(async function* (it) { for await (const x of it) { L(`g ${x}`); yield x * 2; } });
    L(`v ${await g.toArray()}`);
  },
};
run(cases);
