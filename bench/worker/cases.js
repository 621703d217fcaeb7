'use strict';
// Worker start-up and message round trips, measured inside one process; prints JSON.
//   start:      ms from `new Worker` to the first message back (median of N)
//   startExit:  ms from `new Worker` to 'exit' of a worker that does nothing
//   roundtrip:  round trips per second of a small message over parentPort
const { Worker } = require('worker_threads');
const { performance } = require('perf_hooks');

const N = Number(process.argv[2] || 20);
const median = (a) => a.sort((x, y) => x - y)[a.length >> 1];

async function startTimes() {
  const times = [];
  for (let i = 0; i < N; i++) {
    const t0 = performance.now();
    const w = new Worker('require("worker_threads").parentPort.postMessage(1)', { eval: true });
    await new Promise((r) => w.once('message', r));
    times.push(performance.now() - t0);
    await w.terminate();
  }
  return median(times);
}

async function startExitTimes() {
  const times = [];
  for (let i = 0; i < N; i++) {
    const t0 = performance.now();
    const w = new Worker('', { eval: true });
    await new Promise((r) => w.once('exit', r));
    times.push(performance.now() - t0);
  }
  return median(times);
}

async function roundtrips() {
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.on('message', (m) => parentPort.postMessage(m));
  `, { eval: true });
  const msg = { id: 0, payload: 'x'.repeat(64) };
  let n = 0;
  const t0 = performance.now();
  await new Promise((resolve) => {
    w.on('message', () => {
      if (++n === 20000) return resolve();
      w.postMessage(msg);
    });
    w.postMessage(msg);
  });
  const rate = n / ((performance.now() - t0) / 1000);
  await w.terminate();
  return rate;
}

(async () => {
  const out = { start: await startTimes(), startExit: await startExitTimes(), roundtrip: await roundtrips() };
  console.log(JSON.stringify(out));
})();
