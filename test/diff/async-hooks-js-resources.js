'use strict';
// createHook over resources JS schedules (AsyncResource, ticks, queueMicrotask, timers,
// immediates, promises): the event sequence, with ids renamed in order of appearance and
// the execution/trigger ids seen inside each callback.
const ah = require('async_hooks');

const types = new Set(['Custom', 'TickObject', 'Microtask', 'Timeout', 'Immediate', 'PROMISE']);
const names = new Map();
function name(id) {
  if (id === 0 || id === 1) return String(id);
  if (!names.has(id)) names.set(id, `#${names.size + 1}`);
  return names.get(id);
}
const tracked = new Set();
const log = [];
const destroyed = [];
const hook = ah.createHook({
  init(id, type, trigger) {
    if (!types.has(type)) return;
    tracked.add(id);
    log.push(`init ${name(id)} ${type} trigger=${name(trigger)}`);
  },
  before(id) { if (tracked.has(id)) log.push(`before ${name(id)}`); },
  after(id) { if (tracked.has(id)) log.push(`after ${name(id)}`); },
  // Destroys come in batches whose place against a due timer depends on timing: kept apart.
  destroy(id) { if (tracked.has(id)) destroyed.push(name(id)); },
  promiseResolve(id) { if (tracked.has(id)) log.push(`resolve ${name(id)}`); },
});

function where(label) {
  log.push(`${label}: eid=${name(ah.executionAsyncId())} tid=${name(ah.triggerAsyncId())}`);
}

hook.enable();
where('top');
const r = new ah.AsyncResource('Custom');
r.runInAsyncScope(() => where('resource'));
r.emitDestroy();
process.nextTick(() => {
  where('tick');
  queueMicrotask(() => where('microtask'));
  setTimeout(() => {
    where('timeout');
    setImmediate(() => {
      where('immediate');
      const p = Promise.resolve(1);
      p.then(() => {
        where('then');
        setImmediate(() => {
          hook.disable();
          console.log(log.join('\n'));
          console.log(`destroyed: ${destroyed.join(' ')}`);
        });
      });
    });
  }, 1);
});
