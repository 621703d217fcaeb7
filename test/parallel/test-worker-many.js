'use strict';
// 100 workers created and terminated one after another: threads are reclaimed and memory stays
// bounded.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { Worker } = require('worker_threads');

function threads() { return fs.readdirSync('/proc/self/task').length; }

const N = 100;
let i = 0;
let baseThreads;
let baseRss;
function next() {
  if (i === N) {
    // Give the last thread a moment to be reaped by the kernel.
    setImmediate(common.mustCall(() => {
      const grown = threads() - baseThreads;
      assert.ok(grown <= 2, `threads grew by ${grown}`);
      const rssGrowth = (process.memoryUsage.rss() - baseRss) / 1048576;
      if (!process.env.NODUS_SANITIZED) assert.ok(rssGrowth < 150, `RSS grew by ${rssGrowth} MiB`);
    }));
    return;
  }
  i++;
  const w = new Worker(i % 2 ? 'setInterval(() => {}, 1000)' : 'require("worker_threads").parentPort.postMessage(1)', { eval: true });
  w.once(i % 2 ? 'online' : 'message', () => w.terminate());
  w.on('exit', () => {
    if (i === 10) {
      baseThreads = threads();
      baseRss = process.memoryUsage.rss();
    }
    next();
  });
}
next();
