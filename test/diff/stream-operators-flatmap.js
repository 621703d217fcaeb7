'use strict';
// flatMap takes as many microtask turns per value as node 22's (an async generator's yield*,
// one turn fewer than for-await plus yield on this V8), which decides how much its stream has
// buffered when a consumer stops; destroying it passes return, or throw with the error, to the
// inner iterator of the moment.
const { Readable } = require('stream');
const { L, tick, src, run } = require('./_stream_operators');
async function* inner(name, n) {
  try {
    for (let i = 0; i < n; i++) { L(`${name}.yield ${i}`); yield `${name}${i}`; }
  } catch (e) {
    L(`${name}.caught ${e.message}`);
  } finally {
    L(`${name}.finally`);
  }
}
const cases = {};
for (const concurrency of [1, 3]) {
  for (const stop of [0, 1, 2]) {
    cases[`break c${concurrency} s${stop}`] = async () => {
      const r = src('s', 4).flatMap((x) => [x, x], { concurrency });
      const seen = [];
      for await (const x of r) { seen.push(x); if (seen.length > stop) break; }
      L(`seen ${seen} buffered ${r.readableLength}`);
      await tick(2);
    };
  }
}
Object.assign(cases, {
  async kinds() {
    const r = src('s', 4).flatMap((x) => [[x, x], `ab${x}`, inner(`g${x}`, 2), Readable.from([`r${x}`])][x]);
    r.on('data', (d) => L(`data ${d} buffered ${r.readableLength}`));
    await tick(6);
  },
  async destroyWithError() {
    const r = src('s', 4).flatMap((x) => inner(`g${x}`, 3));
    r.on('error', (e) => L(`error ${e.message}`));
    r.on('close', () => L('close'));
    r.once('data', (d) => { L(`data ${d}`); r.destroy(new Error('boom')); });
    await tick(4);
  },
  async destroy() {
    const r = src('s', 4).flatMap((x) => inner(`g${x}`, 3));
    r.on('close', () => L('close'));
    r.once('data', (d) => { L(`data ${d}`); r.destroy(); });
    await tick(4);
  },
  async readPaced() {
    const r = src('s', 3).flatMap(async (x) => { await null; return inner(`g${x}`, 2); });
    for (let i = 0; i < 6; i++) { await tick(1); L(`read ${r.read()} buffered ${r.readableLength}`); }
    r.destroy();
    await tick(2);
  },
});
run(cases);
