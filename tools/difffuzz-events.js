// Differential fuzzing of EventEmitter and EventTarget against node 22: random sequences of
// listener operations and emits, printing what each call returns and what listeners saw.
//   usage: <runtime> tools/difffuzz-events.js SEED COUNT   (see tools/difffuzz.sh)
'use strict';
const { N, rnd, ri, pick } = require('./difffuzz-lib')(500);
const { EventEmitter, once, getEventListeners, getMaxListeners, setMaxListeners, listenerCount } = require('events');
process.on('warning', (w) => console.log('  warning', w.name, w.code, w.message.replace(/\d+ /, 'N ')));
const show = (f) => { try { const v = f(); return JSON.stringify(v, (k, x) => (typeof x === 'function' ? `fn:${x.tag ?? x.name}` : typeof x === 'symbol' ? String(x) : x)); } catch (e) { return `THROW ${e.name} ${e.code} ${e.message}`; } };
for (let c = 0; c < N; c++) {
  const ee = rnd() < 0.2 ? new EventEmitter({ captureRejections: rnd() < 0.5 }) : new EventEmitter();
  const log = [];
  const fns = Array.from({ length: 4 }, (_, i) => { const f = function (...a) { log.push(`f${i}(${a.length})`); if (i === 3 && rnd() < 0.3) { ee.removeAllListeners(); } if (i === 2 && rnd() < 0.2) throw new Error('from f2'); }; f.tag = `f${i}`; return f; });
  const names = ['a', 'b', 'error', 'newListener', 'removeListener', Symbol.for('s'), 1];
  const out = [];
  for (let k = ri(10) + 1; k > 0; k--) {
    const op = pick(['on', 'once', 'prependListener', 'prependOnceListener', 'off', 'removeAllListeners', 'emit', 'emit', 'listenerCount', 'listeners', 'rawListeners', 'eventNames', 'setMaxListeners', 'getMaxListeners', 'bad']);
    const name = pick(names), fn = pick([...fns, fns[0], 'notfn', undefined]);
    let r;
    switch (op) {
      case 'on': case 'once': case 'prependListener': case 'prependOnceListener': case 'off': r = show(() => ee[op](name, fn) === ee); break;
      case 'removeAllListeners': r = show(() => ee.removeAllListeners(rnd() < 0.5 ? name : undefined) === ee); break;
      case 'emit': r = show(() => ee.emit(name, 1, 2)); break;
      case 'listenerCount': r = show(() => [ee.listenerCount(name), ee.listenerCount(name, fns[0]), listenerCount(ee, name)]); break;
      case 'listeners': r = show(() => [ee.listeners(name), getEventListeners(ee, name)]); break;
      case 'rawListeners': r = show(() => ee.rawListeners(name).map((f) => f.listener ?? f)); break;
      case 'eventNames': r = show(() => ee.eventNames()); break;
      case 'setMaxListeners': r = show(() => ee.setMaxListeners(pick([0, 1, -1, NaN, 'x', Infinity])) === ee); break;
      case 'getMaxListeners': r = show(() => [ee.getMaxListeners(), getMaxListeners(ee)]); break;
      default: r = show(() => ee.on(name)); break;
    }
    out.push(`${op}(${String(name)}${op.includes('istener') || op === 'on' || op === 'once' || op === 'off' ? `,${typeof fn === 'function' ? fn.tag : String(fn)}` : ''})=${r}`);
  }
  console.log(c, out.join(' '), log.join(','));
}
