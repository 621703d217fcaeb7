'use strict';
// Seeded random scenarios over one EventTarget: listeners that add, remove
// (themselves or others), stop propagation, prevent default or re-dispatch
// while an event is dispatched, with once/capture/passive flags and handleEvent
// objects. The log of calls must match Node 22's exactly.

const { print } = require('./_print');

let seed = 7;
function random(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return Math.floor(seed / 65536) % n;
}

const actions = ['log', 'add', 'remove', 'removeSelf', 'stop', 'stopImmediate', 'prevent',
  'redispatch', 'log', 'log'];

for (let scenario = 0; scenario < 150; scenario++) {
  const et = new EventTarget();
  const listeners = [];
  const log = [];
  let depth = 0;
  function makeListener(id) {
    const action = actions[random(actions.length)];
    const target = random(8);
    const fn = function(e) {
      log.push(`${id}:${action}:${e.eventPhase}:${e.defaultPrevented}`);
      switch (action) {
        case 'add': {
          const l = makeListener(listeners.length);
          et.addEventListener(e.type, l.fn, l.options);
          break;
        }
        case 'remove':
          if (listeners[target]) et.removeEventListener(e.type, listeners[target].fn, listeners[target].options);
          break;
        case 'removeSelf':
          et.removeEventListener(e.type, fn, listeners[id].options);
          break;
        case 'stop':
          e.stopPropagation();
          break;
        case 'stopImmediate':
          e.stopImmediatePropagation();
          break;
        case 'prevent':
          e.preventDefault();
          break;
        case 'redispatch':
          if (depth < 2) {
            depth++;
            try {
              log.push(`re:${et.dispatchEvent(e)}`);
            } catch (err) {
              log.push(`re:${err.code}`);
            }
            depth--;
          }
          break;
      }
    };
    const flags = random(16);
    const options = { once: !!(flags & 1), capture: !!(flags & 2), passive: !!(flags & 4) };
    const entry = { fn: flags & 8 ? { handleEvent: fn } : fn, options };
    listeners.push(entry);
    return entry;
  }
  const count = 2 + random(5);
  for (let i = 0; i < count; i++) {
    const l = makeListener(listeners.length);
    et.addEventListener('ev', l.fn, l.options);
    if (random(4) === 0) et.addEventListener('ev', l.fn, l.options);
  }
  for (let round = 0; round < 3; round++) {
    const e = new Event('ev', { cancelable: random(2) === 0 });
    const result = et.dispatchEvent(e);
    log.push(`=>${result}:${e.defaultPrevented}:${e.cancelBubble}`);
  }
  print(scenario, log.join(' '));
}
