'use strict';
// util.inspect of the web objects at several depths and with colors,
// compact/breakLength settings and nesting (timeStamp/startTime fixed).
const util = require('util');
const ph = require('perf_hooks');
const { print } = require('./_print');

function fix(s) {
  return s.replace(/timeStamp: (\x1b\[\d+m)?[\d.e+-]+/g, 'timeStamp: T');
}

const ac = new AbortController();
const objects = {
  event: new Event('e', { cancelable: true }),
  target: new EventTarget(),
  controller: ac,
  signal: ac.signal,
  aborted: AbortSignal.abort('r'),
  mark: performance.mark('m', { startTime: 1, detail: { deep: { deeper: { deepest: 1 } } } }),
  measure: performance.measure('ms', { start: 1, end: 2 }),
  observer: new ph.PerformanceObserver(() => {}),
  histogram: ph.createHistogram(),
};
class MyEvent extends Event {}
class MyTarget extends EventTarget {}
objects.myEvent = new MyEvent('mine');
objects.myTarget = new MyTarget();

for (const [name, value] of Object.entries(objects)) {
  for (const options of [{}, { depth: 0 }, { depth: -1 }, { colors: true }, { compact: false },
    { breakLength: 20 }, { showHidden: true }]) {
    print(name, JSON.stringify(options), fix(util.inspect(value, options)));
  }
  print(name, 'nested', fix(util.inspect({ a: [value], b: { c: { d: value } } })));
  print(name, 'format', fix(util.format('%o|%O|%s', value, value, value)));
}
print(fix(util.inspect(objects, { depth: 1 })));
