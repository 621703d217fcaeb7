// worker_threads: the module's exports, and the order of a worker's events.
const wt = require('worker_threads');
console.log(Object.keys(wt).join(','));
console.log(wt.isMainThread, wt.threadId, wt.parentPort, wt.workerData, wt.resourceLimits);
const { Worker } = wt;
const w = new Worker(`
  const { parentPort, workerData, isMainThread } = require('worker_threads');
  parentPort.postMessage(['first', isMainThread, workerData]);
  parentPort.postMessage({ second: new Map([[1, { deep: [1n, new Date(0)] }]]) });
  parentPort.on('message', (m) => {
    if (m === 'stop') process.exit(3);
    parentPort.postMessage(['echo', m]);
  });
`, { eval: true, workerData: { x: Buffer.from('hi') } });
w.on('online', () => console.log('online'));
let n = 0;
w.on('message', (m) => {
  console.log('message', m);
  if (++n === 2) w.postMessage(new Uint8Array([1, 2, 3]));
  if (n === 3) w.postMessage('stop');
});
w.on('error', (e) => console.log('error', e));
w.on('exit', (code) => console.log('exit', code));
process.on('exit', () => console.log('main exit'));
