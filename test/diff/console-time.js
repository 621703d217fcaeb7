'use strict';
// console.time/timeLog/timeEnd output formats (ms, s, m:ss.mmm, h:mm:ss.mmm).
// process.hrtime is replaced by a fake clock so the output is deterministic.
let now = [0, 0];
process.hrtime = function hrtime(prev) {
  if (prev === undefined) return now.slice();
  let s = now[0] - prev[0];
  let ns = now[1] - prev[1];
  if (ns < 0) {
    s -= 1;
    ns += 1e9;
  }
  return [s, ns];
};

const durations = [
  [0, 0], [0, 400], [0, 1000], [0, 1500], [0, 50000], [0, 1234567], [0, 100000000],
  [0, 999999499], [0, 999999500], [0, 999999999], [1, 0], [12, 345678901],
  [59, 999499999], [59, 999999999], [60, 0], [61, 500000000], [599, 999600000],
  [3599, 999999999], [3600, 0], [3725, 500000000], [36000, 1000000], [172800, 0],
];
for (const d of durations) {
  now = [5, 250000000];
  console.time('L');
  now = [5 + d[0], 250000000 + d[1]];
  console.timeEnd('L');
}

now = [0, 0];
console.time();
now = [0, 2000000];
console.timeLog();
console.timeLog('default', 'with', { data: 1 }, [2]);
now = [2, 0];
console.timeLog(undefined, 'undefined label means default');
console.timeEnd();
console.timeEnd();

now = [0, 0];
console.time('%s literal');
console.time(42);
now = [0, 3500000];
console.timeLog('%s literal', '%s', 'x');
console.timeEnd(42);
console.group('grouped');
console.time('g');
now = [1, 0];
console.timeEnd('g');
console.groupEnd();
