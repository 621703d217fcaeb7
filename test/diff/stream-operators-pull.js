'use strict';
// How far map/filter/flatMap/some/find/every/forEach pull from their source, the order of fn
// calls, data and close events, what a throwing or rejecting fn stops, what fn's signal sees
// (only options.signal aborts it), and a consumer that stops early destroying the source.
const { Readable } = require('stream');
const { L, tick, src, run } = require('./_stream_operators');
const cases = {
  async mapRead1() {
    const r = src('s', 10).map((x) => { L(`fn ${x}`); return x; });
    r.on('close', () => L('m:close'));
    await tick(2);
    L(`read ${r.read()}`);
    await tick(3);
    r.destroy();
    await tick(2);
  },
  async some() { L(`v ${await src('s', 10).some((x) => { L(`fn ${x}`); return x === 2; })}`); await tick(2); },
  async find() { L(`v ${await src('s', 10).find((x) => { L(`fn ${x}`); return x === 1; })}`); await tick(2); },
  async every() { L(`v ${await src('s', 10).every((x) => { L(`fn ${x}`); return x < 2; })}`); await tick(2); },
  async someConcurrent() {
    L(`v ${await src('s', 10).some(async (x) => { L(`fn ${x}`); await null; return x === 2; }, { concurrency: 3 })}`);
    await tick(2);
  },
  async forEachConcurrent() {
    await src('s', 5).forEach(async (x) => { L(`fn ${x}`); await null; await null; L(`fn end ${x}`); }, { concurrency: 2 });
    L('done');
  },
  async mapThrow() {
    try {
      await src('s', 10).map((x) => { L(`fn ${x}`); if (x === 1) throw new Error('boom'); return x; }).toArray();
    } catch (e) { L(`caught ${e.message}`); }
    await tick(3);
  },
  async mapThrowConcurrent() {
    try {
      await src('s', 10).map(async (x) => { L(`fn ${x}`); await null; if (x === 1) throw new Error('boom'); return x; }, { concurrency: 3 }).toArray();
    } catch (e) { L(`caught ${e.message}`); }
    await tick(3);
  },
  async mapRejectLater() {
    const r = src('s', 8).map(async (x) => { L(`fn ${x}`); await tick(x === 0 ? 3 : 1); if (x === 1) throw new Error('rej'); return x; }, { concurrency: 3 });
    r.on('data', (d) => L(`data ${d}`));
    r.on('error', (e) => L(`m:error ${e.message}`));
    await tick(8);
  },
  async mapSignal() {
    const ac = new AbortController();
    const r = src('s', 10).map(async (x, { signal }) => {
      L(`fn ${x}`);
      signal.addEventListener('abort', () => L(`fn ${x} abort ${signal.reason}`));
      await tick(2);
      return x;
    }, { signal: ac.signal, concurrency: 2 });
    r.on('error', (e) => L(`m:error ${e.name} ${e.message} ${e.cause}`));
    r.on('close', () => L('m:close'));
    r.on('data', (d) => L(`data ${d}`));
    await tick(3);
    ac.abort('why');
    L('aborted');
    await tick(6);
  },
  async signalAfterEnd() {
    const sigs = [];
    await src('s', 2).map((x, { signal }) => { sigs.push(signal); return x; }).toArray();
    await tick(1);
    L(`${sigs.map((s) => s.aborted)} ${sigs[0] === sigs[1]}`);
    const r = src('t', 5).map((x, { signal }) => { sigs.push(signal); return x; });
    r.on('data', (d) => { if (d === 1) r.destroy(); });
    await tick(3);
    L(`${sigs.map((s) => s.aborted)}`);
  },
  async sourceError() {
    const s = src('s', 10);
    const r = s.map((x) => x);
    r.on('error', (e) => L(`m:error ${e.message}`));
    r.on('close', () => L('m:close'));
    r.on('data', (d) => { L(`data ${d}`); if (d === 1) s.destroy(new Error('src')); });
    await tick(4);
  },
  async consumerDestroy() {
    const s = src('s', 10);
    const r = s.map((x) => x);
    r.on('close', () => L('m:close'));
    r.on('data', (d) => { L(`data ${d}`); if (d === 2) r.destroy(); });
    await tick(4);
  },
  async iterateBreak() {
    const s = src('s', 6);
    for await (const v of s.map(async (x) => { await null; return x; })) { L(`v ${v}`); if (v === 2) break; }
    await tick(2);
  },
  async flatMapGenerator() {
    const v = await src('s', 3).flatMap(async function* (x) { L(`g ${x}`); yield x; await null; yield x * 10; }).toArray();
    L(`v ${v}`);
  },
  async flatMapNotIterable() {
    try { await src('s', 3).flatMap(() => 5).toArray(); } catch (e) { L(`caught ${e.name}`); }
    await tick(2);
  },
  async highWaterMark0() {
    const r = src('s', 6).map(async (x) => { L(`fn ${x}`); await null; return x; }, { concurrency: 2, highWaterMark: 0 });
    r.on('data', (d) => L(`data ${d}`));
    await tick(4);
  },
  async slowFirst() {
    const r = src('s', 8).map(async (x) => { L(`fn ${x}`); await tick(x === 0 ? 3 : 1); L(`fn end ${x}`); return x; }, { concurrency: 3 });
    r.on('data', (d) => L(`data ${d}`));
    await tick(10);
  },
};
run(cases);
