'use strict';
// What every tools/difffuzz-*.js harness shares: the command line (SEED COUNT [kinds]) and a
// seeded generator, so node 22 and nodus draw the same cases.
//   const { N, only, rnd, ri, pick, visible, reseed } = require('./difffuzz-lib')(defaultCount);
module.exports = function harness(defaultCount) {
  let seed = +process.argv[2] || 1;
  const N = +process.argv[3] || defaultCount;
  const only = process.argv[4];
  // mulberry32
  function rnd() {
    seed |= 0;
    seed = seed + 0x6D2B79F5 | 0;
    let t = Math.imul(seed ^ seed >>> 15, 1 | seed);
    t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t;
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  }
  const ri = (n) => Math.floor(rnd() * n);
  const pick = (a) => a[ri(a.length)];
  // DEL and C1 controls spelled out: JSON leaves them raw and a terminal shows nothing.
  const visible = (s) => s.replace(/[\x7f-\x9f]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
  // reseed(k): start drawing from a seed of its own (the run's seed and k), for a harness whose
  // cases draw as they run, so one case whose events differ cannot shift every later case.
  const base = seed;
  const reseed = (k) => { seed = Math.imul(base, 100003) + k | 0; };
  return { N, only, rnd, ri, pick, visible, reseed };
};
