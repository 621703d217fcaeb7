'use strict';
// performance.eventLoopUtilization(): zero before the loop starts; afterwards idle + active is the
// time since the loop started, busy work counts as active and waiting for a timer as idle; the
// one- and two-argument forms give differences.
const common = require('../common');
const assert = require('assert');
const { performance } = require('perf_hooks');

const first = performance.eventLoopUtilization();
assert.deepStrictEqual(first, { idle: 0, active: 0, utilization: 0 });
assert.strictEqual(performance.nodeTiming.loopStart, -1);

setTimeout(common.mustCall(() => {
  const { loopStart } = performance.nodeTiming;
  assert.ok(loopStart > 0);
  const u1 = performance.eventLoopUtilization();
  const elapsed = performance.now() - loopStart;
  assert.ok(Math.abs(u1.idle + u1.active - elapsed) < 5, `${u1.idle} + ${u1.active} vs ${elapsed}`);
  assert.ok(u1.utilization >= 0 && u1.utilization <= 1);
  // Busy for 50 ms: all of it is active time.
  const t0 = performance.now();
  while (performance.now() - t0 < 50);
  const busy = performance.now() - t0;
  const d = performance.eventLoopUtilization(u1);
  assert.ok(d.active >= busy - 1, `active ${d.active} < busy ${busy}`);
  const u2 = performance.eventLoopUtilization();
  const both = performance.eventLoopUtilization(u2, u1);
  assert.ok(Math.abs(both.active - (u2.active - u1.active)) < 1e-9);
  setTimeout(common.mustCall(() => {
    // The loop waited for this timer: idle time grew.
    const d2 = performance.eventLoopUtilization(u2);
    assert.ok(d2.idle > 0);
  }), 30);
}), 20);
