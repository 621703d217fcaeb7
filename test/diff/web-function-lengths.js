'use strict';
// Function lengths and names, and accessor names, of the web, perf_hooks, os
// and string_decoder APIs.
const ph = require('perf_hooks');
const os = require('os');
const { StringDecoder } = require('string_decoder');

const histogram = ph.createHistogram();
const prototypes = [
  ['Performance', ph.Performance.prototype],
  ['PerformanceObserver', ph.PerformanceObserver.prototype],
  ['PerformanceObserverEntryList', ph.PerformanceObserverEntryList.prototype],
  ['PerformanceMark', ph.PerformanceMark.prototype],
  ['Histogram', Object.getPrototypeOf(Object.getPrototypeOf(histogram))],
  ['RecordableHistogram', Object.getPrototypeOf(histogram)],
  ['EventTarget', EventTarget.prototype],
  ['Event', Event.prototype],
  ['AbortSignal', AbortSignal.prototype],
  ['AbortController', AbortController.prototype],
  ['DOMException', DOMException.prototype],
  ['os', os],
  ['StringDecoder', StringDecoder.prototype],
];
const out = [];
for (const [name, obj] of prototypes) {
  for (const k of Object.getOwnPropertyNames(obj)) {
    const d = Object.getOwnPropertyDescriptor(obj, k);
    if (typeof d.value === 'function') {
      out.push(`${name}.${k} ${d.value.length} ${JSON.stringify(d.value.name)}`);
    } else if (d.get) {
      out.push(`${name}.${k} get ${JSON.stringify(d.get.name)} ${d.set ? JSON.stringify(d.set.name) : ''}`);
    }
  }
}
const constructors = [
  ['PerformanceObserver', ph.PerformanceObserver],
  ['PerformanceMark', ph.PerformanceMark],
  ['createHistogram', ph.createHistogram],
  ['monitorEventLoopDelay', ph.monitorEventLoopDelay],
  ['AbortSignal', AbortSignal],
  ['DOMException', DOMException],
  ['StringDecoder', StringDecoder],
];
for (const [name, fn] of constructors) out.push(`${name} ${fn.length}`);
process.stdout.write(`${out.join('\n')}\n`);
