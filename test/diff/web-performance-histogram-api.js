'use strict';
// createHistogram(): lowest/highest ranges and exceeds, BigInt records, options
// validation, receivers, figures 1 and 5, the event-loop-delay histogram shape.
const { createHistogram, monitorEventLoopDelay } = require('perf_hooks');
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, 'ok', util.inspect(fn(), { breakLength: Infinity }));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const h = createHistogram({ lowest: 10, highest: 1000 });
attempt('record 5', () => h.record(5));
attempt('record 2000', () => h.record(2000));
attempt('record 10', () => h.record(10));
attempt('record 1000', () => h.record(1000));
attempt('record 2**53', () => h.record(2 ** 53));
attempt('record 0n', () => h.record(0n));
attempt('record -1n', () => h.record(-1n));
attempt('record 2n**64n', () => h.record(2n ** 64n));
attempt('record 5n', () => h.record(5n));
attempt('state', () => [h.count, h.exceeds, h.min, h.max, h.mean]);
attempt('add self', () => { h.add(h); return h.count; });
attempt('lowest bigint', () => createHistogram({ lowest: 1n, highest: 100n }).count);
attempt('lowest 1.5', () => createHistogram({ lowest: 1.5 }));
attempt('highest str', () => createHistogram({ highest: '5' }));
attempt('figures 0', () => createHistogram({ figures: 0 }));
attempt('figures bigint', () => createHistogram({ figures: 3n }));
attempt('percentile bigint', () => createHistogram().percentile(50n));
attempt('percentile NaN', () => createHistogram().percentile(NaN));
attempt('percentileBigInt', () => { const x = createHistogram(); x.record(3); return x.percentileBigInt(50); });
attempt('toJSON empty', () => createHistogram().toJSON());
attempt('reset this', () => createHistogram().reset.call({}));
attempt('count this', () => Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Object.getPrototypeOf(createHistogram())), 'count').get.call({}));
attempt('record this', () => createHistogram().record.call({}, 1));
attempt('eld resolution str', () => monitorEventLoopDelay({ resolution: 'x' }));
attempt('eld options 5', () => monitorEventLoopDelay(5));
attempt('eld record', () => typeof monitorEventLoopDelay().record);
attempt('eld toJSON', () => monitorEventLoopDelay().toJSON());
const f1 = createHistogram({ figures: 1 });
for (const v of [1, 2, 3, 10, 11, 12, 19, 20, 21, 31, 32, 33, 63, 64, 65, 1000, 1024, 99999]) f1.record(v);
attempt('figures 1', () => [f1.min, f1.max, f1.mean, f1.stddev, f1.percentiles, f1.percentile(50)]);
const f5 = createHistogram({ figures: 5 });
for (const v of [1, 123456, 7777777, 2 ** 40 + 12345]) f5.record(v);
attempt('figures 5', () => [f5.min, f5.max, f5.mean, f5.stddev, f5.percentiles, f5.percentile(50)]);
