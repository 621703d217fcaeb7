'use strict';
// PerformanceObserver.observe(): single/multiple observation modes and their
// errors, unsupported types, argument checks, receivers, disconnect().
const { PerformanceObserver, PerformanceObserverEntryList, performance } = require('perf_hooks');
const util = require('util');
const { print } = require('./_print');

function attempt(label, fn) {
  try {
    print(label, 'ok', util.inspect(fn()));
  } catch (e) {
    print(label, e.name, e.code, e.message);
  }
}

const observers = [];
function observer() {
  const o = new PerformanceObserver(() => {});
  observers.push(o);
  return o;
}

const a = observer();
attempt('single then multiple', () => {
  a.observe({ type: 'mark' });
  a.observe({ entryTypes: ['measure'] });
});
print(util.inspect(a));
const b = observer();
attempt('multiple then single', () => {
  b.observe({ entryTypes: ['mark'] });
  b.observe({ type: 'measure' });
});
print(util.inspect(b));
const c = observer();
attempt('single twice', () => {
  c.observe({ type: 'mark' });
  c.observe({ type: 'measure' });
});
print(util.inspect(c));
const d = observer();
attempt('multiple twice', () => {
  d.observe({ entryTypes: ['mark'] });
  d.observe({ entryTypes: ['measure', 'bogus'] });
});
print(util.inspect(d));
const e = observer();
attempt('empty entryTypes', () => e.observe({ entryTypes: [] }));
attempt('bogus entryTypes', () => e.observe({ entryTypes: ['bogus'] }));
attempt('type bogus', () => e.observe({ type: 'bogus' }));
attempt('type 5', () => e.observe({ type: 5 }));
attempt('entryTypes [5]', () => e.observe({ entryTypes: [5] }));
attempt('options null', () => e.observe(null));
attempt('options str', () => e.observe('mark'));
print(util.inspect(e));
attempt('takeRecords this', () => PerformanceObserver.prototype.takeRecords.call({}));
attempt('observe this', () => PerformanceObserver.prototype.observe.call({}, { type: 'mark' }));
attempt('supportedEntryTypes frozen', () => Object.isFrozen(PerformanceObserver.supportedEntryTypes));
attempt('new list', () => new PerformanceObserverEntryList());
for (const o of observers) o.disconnect();

const f = new PerformanceObserver((list) => print('f', list.getEntries().map((x) => x.name).join()));
f.observe({ type: 'mark' });
performance.mark('x');
f.disconnect();
performance.mark('y');
const g = new PerformanceObserver((list) => print('g', list.getEntries().map((x) => x.name).join()));
g.observe({ type: 'mark' });
performance.mark('z');
// The observer's callback runs from an immediate queued by the mark, so this one runs after it
// (a timer could fire first when the start of the loop is late).
setImmediate(() => {
  g.disconnect();
  print('done');
});
