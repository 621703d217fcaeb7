'use strict';
// performance: entry lookups, measure() argument forms and their quirks, detail
// cloning errors, clearing, receivers and the resource-timing stubs.
const util = require('util');
const { PerformanceEntry, PerformanceMark, PerformanceMeasure } = require('perf_hooks');

function attempt(label, fn) {
  try {
    const text = util.inspect(fn(), { breakLength: Infinity });
    console.log(label, 'ok', text.replace(/\d+\.\d+/g, 'N'));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

performance.mark('a', { startTime: 1 });
performance.mark('a', { startTime: 2 });
performance.mark(5, { startTime: 3 });
attempt('byName a', () => performance.getEntriesByName('a').map(e => e.startTime));
attempt('byName 5', () => performance.getEntriesByName(5).length);
attempt('byName a mark', () => performance.getEntriesByName('a', 'mark').length);
attempt('byName a MARK', () => performance.getEntriesByName('a', 'MARK').length);
attempt('byName a undefined', () => performance.getEntriesByName('a', undefined).length);
attempt('byName a null', () => performance.getEntriesByName('a', null).length);
attempt('byType mark', () => performance.getEntriesByType('mark').length);
attempt('byType function', () => performance.getEntriesByType('function').length);
attempt('measure latest a', () => performance.measure('m', 'a').startTime);
attempt('measure 5', () => performance.measure('m5', '5').startTime);
attempt('measure numeric 5', () => performance.measure('m5n', 5).startTime);
attempt('measure {start:"a"}', () => performance.measure('mo', { start: 'a', end: 3 }).duration);
attempt('measure {end: "a", duration: 1}', () => performance.measure('mo2', { end: 'a', duration: 1 }).startTime);
attempt('measure detail clone fn', () => performance.measure('mo3', { start: 1, detail: () => {} }));
attempt('mark detail fn', () => performance.mark('mo4', { detail: () => {} }));
attempt('mark detail sym', () => performance.mark('mo5', { detail: Symbol('s') }));
attempt('measure null opts', () => performance.measure('mo6', null).startTime);
attempt('measure str end', () => performance.measure('mo7', 'a', 'a').duration);
attempt('measure number end', () => performance.measure('mo8', 1, 10).duration);
attempt('measure neg end', () => performance.measure('mo9', 1, -10).duration);
attempt('clearMarks 5', () => { performance.clearMarks(5); return performance.getEntriesByType('mark').length; });
attempt('clearMarks undefined', () => { performance.clearMarks(undefined); return performance.getEntriesByType('mark').length; });
attempt('measure after clear', () => performance.measure('x', 'a'));
attempt('clearMeasures m', () => { performance.clearMeasures('m'); return performance.getEntriesByType('measure').length; });
attempt('toJSON mark', () => performance.mark('j', { startTime: 1, detail: [1] }).toJSON());
attempt('getEntries sorted', () => performance.getEntries().map((e) => e.name).join());
attempt('now this', () => performance.now.call({}));
attempt('timeOrigin this', () => Object.getOwnPropertyDescriptor(Object.getPrototypeOf(performance), 'timeOrigin').get.call({}));
attempt('mark this', () => performance.mark.call({}, 'x'));
attempt('entry name this', () => Object.getOwnPropertyDescriptor(PerformanceEntry.prototype, 'name').get.call({}));
attempt('mark detail this', () => Object.getOwnPropertyDescriptor(PerformanceMark.prototype, 'detail').get.call({}));
attempt('measure detail this', () => Object.getOwnPropertyDescriptor(PerformanceMeasure.prototype, 'detail').get.call(performance.mark('zz')));
attempt('entry toJSON this', () => PerformanceEntry.prototype.toJSON.call({}));
attempt('elu args', () => performance.eventLoopUtilization({ idle: 1, active: 1, utilization: 0.5 }));
attempt('elu bad', () => performance.eventLoopUtilization(5, 6));
attempt('setResourceTimingBufferSize', () => performance.setResourceTimingBufferSize(5));
attempt('clearResourceTimings', () => performance.clearResourceTimings());
