'use strict';
// The "Fibonacci server": an HTTP server whose CPU-heavy route (/fib/:n) runs on a pool of
// worker_threads, so its light route (/) keeps answering at once while the heavy ones compute.
//
//   nodus examples/fib-server.js              # pool of workers (default)
//   FIB_MODE=inline nodus examples/fib-server.js   # computes on the main thread: / waits
//   curl localhost:3000/fib/40 & curl localhost:3000/
//
// require('./fib-server').start({ port, mode, workers }) returns the listening server.

const http = require('http');
const os = require('os');
const { Worker } = require('worker_threads');

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

const workerSource = `
  const { parentPort } = require('worker_threads');
  ${fib.toString()}
  parentPort.on('message', ({ id, n }) => parentPort.postMessage({ id, result: fib(n) }));
`;

// A fixed pool of workers; jobs wait in a queue when all are busy.
class WorkerPool {
  constructor(size) {
    this.idle = [];
    this.queue = [];
    this.pending = new Map();
    this.nextId = 0;
    this.workers = [];
    for (let i = 0; i < size; i++) {
      const w = new Worker(workerSource, { eval: true });
      w.on('message', ({ id, result }) => {
        this.pending.get(id)(result);
        this.pending.delete(id);
        this.release(w);
      });
      w.unref();
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  run(n) {
    return new Promise((resolve) => {
      const id = this.nextId++;
      this.pending.set(id, resolve);
      const w = this.idle.pop();
      if (w) w.postMessage({ id, n });
      else this.queue.push({ id, n });
    });
  }

  release(w) {
    const job = this.queue.shift();
    if (job) w.postMessage(job);
    else this.idle.push(w);
  }

  close() {
    return Promise.all(this.workers.map((w) => w.terminate()));
  }
}

function start({ port = 3000, host = '127.0.0.1', mode = 'pool', workers = Math.max(2, os.availableParallelism?.() ?? 2) } = {}) {
  const pool = mode === 'pool' ? new WorkerPool(workers) : null;
  const server = http.createServer(async (req, res) => {
    const m = /^\/fib\/(\d+)$/.exec(req.url);
    if (m) {
      const n = Math.min(Number(m[1]), 45);
      const result = pool ? await pool.run(n) : fib(n);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ n, result }));
      return;
    }
    res.end('ok\n');
  });
  server.on('close', () => pool?.close());
  server.listen(port, host);
  return server;
}

module.exports = { start, fib, WorkerPool };

if (require.main === module) {
  const server = start({ port: Number(process.env.PORT || 3000), mode: process.env.FIB_MODE || 'pool' });
  server.on('listening', () => {
    const { port } = server.address();
    console.log(`fib server (${process.env.FIB_MODE || 'pool'}) on http://127.0.0.1:${port}  try /fib/40 and /`);
  });
}
