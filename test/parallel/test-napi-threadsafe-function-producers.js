'use strict';
// Threads call into JS through a threadsafe function: every item arrives, in order per thread,
// with blocking calls on a bounded queue and non-blocking calls retried when it is full.
const common = require('../common');
const assert = require('assert');
const { build } = require('../fixtures/napi/build.js');

const addon = require(build('async'));
for (const cfg of [
  { threads: 1, count: 200, queue: 2, blocking: 1, abortAt: -1 },
  { threads: 4, count: 250, queue: 0, blocking: 0, abortAt: -1 },
  { threads: 3, count: 200, queue: 5, blocking: 0, abortAt: -1 },
]) {
  const seen = [];
  const done = common.mustCall();
  addon.startProducers((i) => {
    seen.push(i);
    if (seen.length === cfg.threads * cfg.count) {
      seen.sort((a, b) => a - b);
      for (let k = 0; k < seen.length; k++) assert.strictEqual(seen[k], Math.floor(k / cfg.threads));
      done();
    }
  }, cfg);
}
