'use strict';
// performance: now()/timeOrigin, marks and measures, the entry buffer,
// PerformanceObserver delivery (batched after the current tick), timerify.
const common = require('../common');
const assert = require('assert');
const { performance, PerformanceObserver, PerformanceMark, PerformanceEntry } = require('perf_hooks');

assert.strictEqual(globalThis.performance, performance);
{
  const a = performance.now();
  const b = performance.now();
  assert.ok(b >= a && a > 0);
  assert.ok(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
  const start = Date.now();
  while (Date.now() - start < 20);
  assert.ok(performance.now() - b >= 15);
}

{
  const m1 = performance.mark('m1');
  assert.ok(m1 instanceof PerformanceMark);
  assert.ok(m1 instanceof PerformanceEntry);
  assert.strictEqual(m1.entryType, 'mark');
  assert.strictEqual(m1.duration, 0);
  assert.strictEqual(m1.detail, null);
  const m2 = performance.mark('m2', { detail: { n: 1 } });
  const measure = performance.measure('m1-m2', 'm1', 'm2');
  assert.strictEqual(measure.startTime, m1.startTime);
  assert.strictEqual(measure.duration, m2.startTime - m1.startTime);
  assert.deepStrictEqual(performance.getEntriesByType('mark').map((e) => e.name), ['m1', 'm2']);
  assert.deepStrictEqual(performance.getEntriesByName('m1-m2').map((e) => e.entryType), ['measure']);
  assert.deepStrictEqual(m2.toJSON().detail, { n: 1 });
  performance.clearMarks();
  performance.clearMeasures();
  assert.deepStrictEqual(performance.getEntries(), []);
  assert.throws(() => performance.measure('x', 'm1'), { name: 'SyntaxError', code: 12 });
}

{
  let sync = true;
  const obs = new PerformanceObserver(common.mustCall((list, observer) => {
    assert.strictEqual(sync, false);
    assert.strictEqual(observer, obs);
    assert.deepStrictEqual(list.getEntries().map((e) => e.name), ['early', 'span', 'late']);
    assert.deepStrictEqual(list.getEntriesByType('measure').map((e) => e.name), ['span']);
    obs.disconnect();
    performance.mark('after-disconnect');
  }));
  obs.observe({ entryTypes: ['mark', 'measure'] });
  performance.mark('late', { startTime: 2 });
  performance.mark('early', { startTime: 1 });
  performance.measure('span', { start: 1, end: 3 });
  sync = false;
}

{
  const timed = performance.timerify(function add(a, b) {
    return a + b;
  });
  assert.strictEqual(timed.name, 'timerified add');
  assert.strictEqual(timed.length, 2);
  const obs = new PerformanceObserver(common.mustCall((list) => {
    const [entry] = list.getEntries();
    assert.strictEqual(entry.entryType, 'function');
    assert.strictEqual(entry.name, 'add');
    assert.ok(entry.duration >= 0);
    obs.disconnect();
  }));
  obs.observe({ type: 'function' });
  assert.strictEqual(timed(2, 3), 5);
}
