'use strict';
// v8.GCProfiler records each GC between start() and stop() with heap and space statistics
// before and after; stop() without start() returns undefined.
// Flags: --expose-gc
require('../common');
const assert = require('assert');
const v8 = require('v8');

const profiler = new v8.GCProfiler();
assert.strictEqual(profiler.stop(), undefined);
profiler.start();
globalThis.gc();
const data = profiler.stop();
assert.strictEqual(data.version, 1);
assert.strictEqual(typeof data.startTime, 'number');
assert.ok(data.endTime >= data.startTime);
assert.ok(data.statistics.length >= 1);
const entry = data.statistics.find((s) => s.gcType === 'MarkSweepCompact');
assert.ok(entry, JSON.stringify(data.statistics.map((s) => s.gcType)));
assert.strictEqual(typeof entry.cost, 'number');
for (const side of [entry.beforeGC, entry.afterGC]) {
  assert.deepStrictEqual(Object.keys(side.heapStatistics), [
    'totalHeapSize', 'totalHeapSizeExecutable', 'totalPhysicalSize', 'totalAvailableSize',
    'totalGlobalHandlesSize', 'usedGlobalHandlesSize', 'usedHeapSize', 'heapSizeLimit',
    'mallocedMemory', 'externalMemory', 'peakMallocedMemory',
  ]);
  assert.ok(side.heapSpaceStatistics.length > 0);
  for (const space of side.heapSpaceStatistics) {
    assert.deepStrictEqual(Object.keys(space), [
      'spaceName', 'spaceSize', 'spaceUsedSize', 'spaceAvailableSize', 'physicalSpaceSize',
    ]);
  }
}
// Not recording after stop().
globalThis.gc();
assert.strictEqual(profiler.stop(), undefined);
