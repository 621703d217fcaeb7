'use strict';
// The order in which option objects are read (through a logging Proxy) by the
// web, perf_hooks and os APIs.
const { PerformanceObserver, createHistogram } = require('perf_hooks');
const os = require('os');

const log = [];
const options = new Proxy({}, {
  get(target, key) {
    log.push(String(key));
    return undefined;
  },
  has(target, key) {
    log.push(`has ${String(key)}`);
    return false;
  },
  ownKeys() {
    log.push('ownKeys');
    return [];
  },
});

const cases = [
  ['Event', () => new Event('x', options)],
  ['addEventListener', () => new EventTarget().addEventListener('x', () => {}, options)],
  ['removeEventListener', () => new EventTarget().removeEventListener('x', () => {}, options)],
  ['DOMException', () => new DOMException('m', options)],
  ['mark', () => performance.mark('m', options)],
  ['measure', () => performance.measure('m', options)],
  ['observe', () => new PerformanceObserver(() => {}).observe(options)],
  ['createHistogram', () => createHistogram(options)],
  ['userInfo', () => os.userInfo(options)],
  ['timerify', () => performance.timerify(() => {}, options)],
];
for (const [name, fn] of cases) {
  let outcome = 'ok';
  try {
    fn();
  } catch (e) {
    outcome = `${e.name} ${e.code}`;
  }
  process.stdout.write(`${name}: ${log.join()} -> ${outcome}\n`);
  log.length = 0;
}
