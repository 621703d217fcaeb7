'use strict';
// createHistogram() with every `figures` setting and seeded random values
// from 1 to 2**50: min, max, mean, stddev, percentiles and percentile() must
// match Node 22's HdrHistogram results.
const { createHistogram } = require('perf_hooks');
const util = require('util');

let seed = 99;
function random(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return Math.floor(seed / 65536) % n;
}

for (let round = 0; round < 40; round++) {
  const figures = 1 + (round % 5);
  const lowest = round % 7 === 6 ? 1 + random(1000) : 1;
  const h = createHistogram({ figures, lowest });
  const count = 1 + random(200);
  for (let i = 0; i < count; i++) {
    const magnitude = random(50);
    const value = Math.max(lowest, Math.floor(2 ** magnitude + random(2 ** Math.min(magnitude, 15))));
    h.record(value);
  }
  process.stdout.write(`${round} ${figures} ${lowest} ${util.inspect(h.toJSON(), { breakLength: Infinity })} ` +
    `${[1, 10, 33.3, 50, 90, 99, 99.99, 100].map((p) => h.percentile(p)).join(',')}\n`);
}
