'use strict';
// perf_hooks and the performance global: shapes, marks/measures with fixed
// times, entry lists, observers (delivery order and records), timerify,
// histograms (HdrHistogram bucketing) and argument errors.
const ph = require('perf_hooks');
const util = require('util');

const { print, attempt } = require('./_print');

print('# shapes');
print(Object.keys(ph).join());
print(ph.performance === performance, performance instanceof ph.Performance, performance instanceof EventTarget);
print(Object.getOwnPropertyNames(ph.Performance.prototype).join());
print(Object.keys(ph.Performance.prototype).join());
print(Object.keys(performance).length, Object.prototype.toString.call(performance));
print(Object.getOwnPropertyNames(ph.PerformanceEntry.prototype).join());
print(Object.getOwnPropertyNames(ph.PerformanceMark.prototype).join());
print(Object.getOwnPropertyNames(ph.PerformanceMeasure.prototype).join());
print(Object.getOwnPropertyNames(ph.PerformanceObserver.prototype).join());
print(Object.getOwnPropertyNames(ph.PerformanceObserverEntryList.prototype).join());
print(util.inspect(ph.PerformanceObserver.supportedEntryTypes), util.inspect(ph.constants));
print(typeof performance.now(), performance.now() >= 0, typeof performance.timeOrigin,
      Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
attempt('new Performance', () => new ph.Performance());
attempt('new PerformanceEntry', () => new ph.PerformanceEntry());
attempt('new PerformanceMeasure', () => new ph.PerformanceMeasure());
attempt('new PerformanceObserverEntryList', () => new ph.PerformanceObserverEntryList());

print('# marks');
const m = performance.mark('a', { startTime: 12.5, detail: { x: [1, 2] } });
print(util.inspect(m), m instanceof ph.PerformanceEntry, Object.keys(m).length);
print(JSON.stringify(m), JSON.stringify(m.toJSON()));
const m2 = performance.mark('b', { startTime: 20 });
print(util.inspect(m2.detail), m2.duration, m2.entryType);
const own = new ph.PerformanceMark('own', { startTime: 3, detail: 'd' });
print(util.inspect(own), performance.getEntriesByName('own').length);
const detail = { k: 1 };
const cloned = performance.mark('c', { startTime: 30, detail });
print(cloned.detail !== detail, cloned.detail.k);
attempt('mark()', () => performance.mark());
attempt('mark 5', () => performance.mark('x', 5));
attempt('startTime str', () => performance.mark('x', { startTime: 'a' }));
attempt('startTime -1', () => performance.mark('x', { startTime: -1 }));
attempt('PerformanceMark()', () => new ph.PerformanceMark());
print(performance.mark(1, { startTime: 1 }).name);

print('# measures');
print(util.inspect(performance.measure('ab', 'a', 'b')));
print(util.inspect(performance.measure('ba', 'b', 'a')));
print(util.inspect(performance.measure('opts', { start: 1, end: 4, detail: 'dd' })));
print(performance.measure('dur', { start: 1, duration: 2 }).duration);
print(performance.measure('durEnd', { end: 10, duration: 3 }).startTime);
print(performance.measure('startMark', { start: 'a', end: 'c' }).duration);
print(performance.measure('toMark', undefined, 'a').startTime);
const open = performance.measure('open', 'a');
print(open.startTime, open.duration > 0);
const fromOrigin = performance.measure('origin');
print(fromOrigin.startTime, fromOrigin.duration > 0, fromOrigin.detail);
print(performance.measure('onlyDetail', { detail: 1 }).startTime);
print(performance.measure('nodeStart', 'nodeStart').startTime >= 0);
performance.clearMeasures('nodeStart');
attempt('unknown mark', () => performance.measure('x', 'nope'));
attempt('unknown end', () => performance.measure('x', 'a', 'nope'));
attempt('all three', () => performance.measure('x', { start: 1, end: 4, duration: 3 }));
attempt('negative', () => performance.measure('x', { start: -1 }));
attempt('end and endMark', () => performance.measure('x', { start: 1 }, 'a'));
attempt('duration only', () => performance.measure('x', { duration: 1 }).startTime);
attempt('measure()', () => performance.measure());
try {
  performance.measure('x', 'missing');
} catch (e) {
  print(e instanceof DOMException, e.code);
}

print('# entries');
const names = (list) => list.map((e) => `${e.name}:${e.entryType}@${e.startTime < 100 ? e.startTime : 'T'}`).join(' ');
print(names(performance.getEntriesByType('mark')));
print(names(performance.getEntriesByName('a')));
print(names(performance.getEntriesByName('a', 'measure')));
print(names(performance.getEntriesByType('measure').filter((e) => e.startTime < 100)));
print(performance.getEntriesByType('nope').length, performance.getEntries().length);
attempt('byName()', () => performance.getEntriesByName());
attempt('byType()', () => performance.getEntriesByType());
performance.clearMarks('a');
print(names(performance.getEntriesByType('mark')));
performance.clearMarks();
print(performance.getEntriesByType('mark').length, performance.getEntriesByType('measure').length > 0);
performance.clearMeasures('ab');
print(performance.getEntriesByName('ab').length);
performance.clearMeasures();
print(performance.getEntries().length);

print('# toJSON and inspect');
const json = performance.toJSON();
print(Object.keys(json).join(), Object.keys(json.eventLoopUtilization).join());
print(util.inspect(performance, { depth: 0 }));
print(Object.keys(performance.nodeTiming).join());
print(performance.nodeTiming.name, performance.nodeTiming.entryType, performance.nodeTiming.startTime);
const elu = performance.eventLoopUtilization();
print(Object.keys(elu).join(), performance.eventLoopUtilization.length);

print('# timerify');
const fn = performance.timerify(function foo(a, b) {
  return a * b;
});
print(fn.name, fn.length, fn(3, 4), performance.timerify(fn) !== undefined);
class K {
  constructor(x) {
    this.x = x;
  }
}
const TK = performance.timerify(K);
print(new TK(3).x, TK.name, new TK(1) instanceof K);
attempt('timerify 5', () => performance.timerify(5));
attempt('timerify opts', () => performance.timerify(() => {}, 5));
attempt('timerify histogram', () => performance.timerify(() => {}, { histogram: 5 }));

print('# histogram');
const h = ph.createHistogram();
print(util.inspect(h));
for (const v of [1, 2, 2, 3, 5, 8, 13, 2100, 5000, 123456]) h.record(v);
print(util.inspect(h));
print(h.percentile(50), h.percentile(99), h.percentile(1), h.percentile(100), h.min, h.max, h.mean, h.stddev);
h.record(7n);
print(h.count, h.countBigInt, h.minBigInt, h.maxBigInt, h.exceeds, h.exceedsBigInt, h.percentileBigInt(50));
print(util.inspect(h.toJSON()));
print(util.inspect(h.percentilesBigInt));
attempt('record 0', () => h.record(0));
attempt('record -1', () => h.record(-1));
attempt('record 1.5', () => h.record(1.5));
attempt('record str', () => h.record('1'));
attempt('percentile 0', () => h.percentile(0));
attempt('percentile 101', () => h.percentile(101));
attempt('percentile str', () => h.percentile('1'));
const h2 = ph.createHistogram();
h2.add(h);
print(h2.count, h2.max);
attempt('add 5', () => h2.add(5));
h.reset();
print(h.count, h.min, h.max, h.mean, h.minBigInt);
attempt('lowest 0', () => ph.createHistogram({ lowest: 0 }));
attempt('highest 1', () => ph.createHistogram({ lowest: 1, highest: 1 }));
attempt('figures 6', () => ph.createHistogram({ figures: 6 }));
attempt('options 5', () => ph.createHistogram(5));
const big = ph.createHistogram();
for (let i = 1; i <= 1000; i++) big.record(i * 997);
print(big.min, big.max, big.mean, big.stddev, big.percentile(50), big.percentile(90), big.percentile(99.9));
print(util.inspect(big.percentiles));
const fig = ph.createHistogram({ figures: 1 });
for (const v of [1, 15, 16, 17, 100, 1000]) fig.record(v);
print(fig.min, fig.max, fig.mean, util.inspect(fig.percentiles));
const rd = ph.createHistogram();
rd.recordDelta();
print(rd.count);
rd.recordDelta();
print(rd.count);
attempt('monitorEventLoopDelay resolution 0', () => ph.monitorEventLoopDelay({ resolution: 0 }));
const eld = ph.monitorEventLoopDelay();
print(Object.getOwnPropertyNames(Object.getPrototypeOf(eld)).join(), eld.count, eld.min, eld.max);
print(eld.enable(), eld.enable(), eld.disable(), eld.disable());

print('# observers');
attempt('observer 5', () => new ph.PerformanceObserver(5));
const obs = new ph.PerformanceObserver((list, o) => {
  print('observed', names(list.getEntries()), o === obs,
        names(list.getEntriesByType('measure')), names(list.getEntriesByName('z1')));
  print(util.inspect(list).split('\n').length > 0);
  obs.disconnect();
});
attempt('observe()', () => obs.observe());
attempt('observe({})', () => obs.observe({}));
attempt('both', () => obs.observe({ entryTypes: ['mark'], type: 'mark' }));
attempt('entryTypes str', () => obs.observe({ entryTypes: 'mark' }));
obs.observe({ entryTypes: ['mark', 'measure'] });
print(util.inspect(obs));
setImmediate(() => print('immediate'));
Promise.resolve().then(() => print('microtask'));
process.nextTick(() => print('tick'));
performance.mark('z2', { startTime: 2 });
performance.mark('z1', { startTime: 1 });
performance.measure('zm', 'z1', 'z2');
print(util.inspect(obs, { depth: 0 }));

const taker = new ph.PerformanceObserver(() => print('taker called'));
taker.observe({ type: 'mark' });
performance.mark('taken', { startTime: 5 });
print(names(taker.takeRecords()), taker.takeRecords().length);
taker.disconnect();

const buffered = new ph.PerformanceObserver((list) => {
  print('buffered', names(list.getEntries()));
  buffered.disconnect();
});
buffered.observe({ type: 'measure', buffered: true });
const unsupported = new ph.PerformanceObserver(() => print('never'));
unsupported.observe({ type: 'nope' });
print(util.inspect(unsupported));

print('# function entries');
{
  const timed = performance.timerify(function foo(a, b) {
    return a + b;
  });
  const timedAsync = performance.timerify(async function bar() {
    return 1;
  });
  const fobs = new ph.PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      print(e.name, e.entryType, e.constructor.name, Object.keys(e).join(), util.inspect(e.detail),
            typeof e.startTime, typeof e.duration, Object.keys(e.toJSON()).join());
    }
    fobs.disconnect();
  });
  fobs.observe({ entryTypes: ['function'] });
  print(timed(1, 2), timedAsync() instanceof Promise);
}
