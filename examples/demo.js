// nodus demo: the event loop, timers, promises, process events and util.inspect, as node runs
// them. Run with `make demo` or `build/nodus examples/demo.js`.
const util = require('util');
const { setTimeout: sleep } = require('timers/promises');
const EventEmitter = require('events');

console.log(`nodus ${process.versions.nodus} (Node.js ${process.version} API, V8 ${process.versions.v8})`);
console.log(`pid ${process.pid} on ${process.platform}/${process.arch}\n`);

// 1. Event-loop order: sync, nextTick, promise jobs, timers, immediates.
const order = [];
setTimeout(() => order.push('timeout'), 0);
setImmediate(() => order.push('immediate'));
Promise.resolve().then(() => order.push('promise'));
process.nextTick(() => order.push('nextTick'));
order.push('sync');

// 2. An EventEmitter-based job queue with async workers.
class Jobs extends EventEmitter {
  async run(names) {
    for (const name of names) {
      const started = process.hrtime.bigint();
      await sleep(5);
      this.emit('done', name, Number(process.hrtime.bigint() - started) / 1e6);
    }
    this.emit('idle');
  }
}

(async () => {
  await sleep(10);
  console.log('event-loop order:', order.join(' -> '));

  const jobs = new Jobs();
  let count = 0;
  jobs.on('done', (name) => { count++; console.log(`  job ${name} done`); });
  jobs.once('idle', () => console.log(`  ${count} jobs finished\n`));
  await jobs.run(['parse', 'compile', 'link']);

  // 3. util.inspect, as node prints it.
  const data = {
    runtime: 'nodus',
    nested: { map: new Map([['a', 1]]), set: new Set([1, 2, 3]), list: [1, 'two', 3n] },
    when: new Date(0),
    pattern: /ab+c/gi,
    fn: function named() {},
    sym: Symbol('demo'),
  };
  data.self = data;
  console.log(util.inspect(data, { depth: 3 }));
  console.log(util.format('%s has %d keys and %j', 'data', Object.keys(data).length, { ok: true }));

  // 4. process events and memory.
  const mem = process.memoryUsage();
  console.log(`\nheap used ${(mem.heapUsed / 1048576).toFixed(1)} MiB, rss ${(mem.rss / 1048576).toFixed(1)} MiB`);
  process.on('exit', (code) => console.log(`exit event, code ${code}`));
})();
