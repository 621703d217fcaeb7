'use strict';
// createHistogram(): recorded statistics and percentiles, add/reset, argument
// checks; monitorEventLoopDelay(): samples near the resolution while enabled.
const common = require('../common');
const assert = require('assert');
const { createHistogram, monitorEventLoopDelay } = require('perf_hooks');

{
  const h = createHistogram();
  assert.strictEqual(h.count, 0);
  assert.strictEqual(h.max, 0);
  assert.ok(Number.isNaN(h.mean));
  for (let i = 1; i <= 100; i++) h.record(i);
  assert.strictEqual(h.count, 100);
  assert.strictEqual(h.min, 1);
  assert.strictEqual(h.max, 100);
  assert.strictEqual(h.mean, 50.5);
  assert.strictEqual(h.percentile(50), 50);
  assert.strictEqual(h.percentile(100), 100);
  assert.ok(h.percentiles instanceof Map);
  assert.strictEqual(h.percentiles.get(100), 100);
  assert.ok(Math.abs(h.stddev - 28.866) < 0.01);
  const other = createHistogram();
  other.record(1000n);
  h.add(other);
  assert.strictEqual(h.count, 101);
  assert.strictEqual(h.max, 1000);
  h.reset();
  assert.strictEqual(h.count, 0);
  assert.throws(() => h.record(0), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => h.percentile(0), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => createHistogram({ figures: 9 }), { code: 'ERR_OUT_OF_RANGE' });
}

{
  // Values above 2047 are bucketed to three significant figures.
  const h = createHistogram();
  h.record(123456);
  assert.strictEqual(h.min, 123456);
  assert.strictEqual(h.max, 123519);
}

{
  const eld = monitorEventLoopDelay({ resolution: 5 });
  assert.strictEqual(eld.enable(), true);
  assert.strictEqual(eld.enable(), false);
  setTimeout(common.mustCall(() => {
    assert.strictEqual(eld.disable(), true);
    assert.ok(eld.count > 0, `count ${eld.count}`);
    assert.ok(eld.min >= 1e6, `min ${eld.min}`);
    assert.ok(eld.max >= eld.min);
  }), 100);
  assert.throws(() => monitorEventLoopDelay({ resolution: 0 }), { code: 'ERR_OUT_OF_RANGE' });
}
