'use strict';
// The shape of require('events') and of a new EventEmitter.
require('../common');
const assert = require('assert');
const util = require('util');
const events = require('events');
const { EventEmitter } = events;

assert.strictEqual(events, EventEmitter);
assert.strictEqual(EventEmitter.EventEmitter, EventEmitter);
assert.strictEqual(require('node:events'), EventEmitter);
assert.strictEqual(EventEmitter.name, 'EventEmitter');
assert.strictEqual(EventEmitter.length, 1);
assert.strictEqual(EventEmitter.usingDomains, false);
assert.strictEqual(EventEmitter.captureRejectionSymbol, Symbol.for('nodejs.rejection'));
assert.strictEqual(typeof EventEmitter.errorMonitor, 'symbol');
assert.strictEqual(typeof EventEmitter.kMaxEventTargetListeners, 'symbol');
assert.strictEqual(typeof EventEmitter.kMaxEventTargetListenersWarned, 'symbol');

assert.deepStrictEqual(Object.keys(events), [
  'addAbortListener',
  'once',
  'on',
  'getEventListeners',
  'getMaxListeners',
  'EventEmitter',
  'usingDomains',
  'captureRejectionSymbol',
  'captureRejections',
  'EventEmitterAsyncResource',
  'errorMonitor',
  'defaultMaxListeners',
  'setMaxListeners',
  'init',
  'listenerCount',
]);

// Function names and arities of the statics.
assert.deepStrictEqual(
  ['once', 'on', 'getEventListeners', 'getMaxListeners', 'setMaxListeners', 'init',
   'listenerCount', 'addAbortListener'].map((k) => [k, events[k].name, events[k].length]),
  [['once', 'once', 2], ['on', 'on', 2], ['getEventListeners', 'getEventListeners', 2],
   ['getMaxListeners', 'getMaxListeners', 1], ['setMaxListeners', '', 0], ['init', '', 1],
   ['listenerCount', '', 2], ['addAbortListener', 'addAbortListener', 2]]);

for (const name of ['addListener', 'on', 'prependListener', 'once', 'prependOnceListener',
                    'removeListener', 'off', 'removeAllListeners', 'emit', 'listeners',
                    'rawListeners', 'listenerCount', 'eventNames', 'setMaxListeners',
                    'getMaxListeners']) {
  assert.strictEqual(typeof EventEmitter.prototype[name], 'function', name);
}
assert.strictEqual(EventEmitter.prototype._events, undefined);
assert.strictEqual(EventEmitter.prototype._eventsCount, 0);
assert.strictEqual(EventEmitter.prototype._maxListeners, undefined);

{
  const ee = new EventEmitter();
  assert.deepStrictEqual(Object.keys(ee), ['_events', '_eventsCount', '_maxListeners']);
  assert.deepStrictEqual(Object.getOwnPropertySymbols(ee).map(String),
                         ['Symbol(shapeMode)', 'Symbol(kCapture)']);
  assert.strictEqual(util.inspect(ee),
                     'EventEmitter {\n' +
                     '  _events: [Object: null prototype] {},\n' +
                     '  _eventsCount: 0,\n' +
                     '  _maxListeners: undefined,\n' +
                     '  [Symbol(shapeMode)]: false,\n' +
                     '  [Symbol(kCapture)]: false\n' +
                     '}');
}

{
  // Old-style inheritance and init().
  function Legacy() {
    EventEmitter.call(this);
  }
  util.inherits(Legacy, EventEmitter);
  const legacy = new Legacy();
  assert.ok(legacy instanceof EventEmitter);
  assert.deepStrictEqual(Object.keys(legacy), ['_events', '_eventsCount', '_maxListeners']);
  let got;
  legacy.on('x', (v) => { got = v; });
  legacy.emit('x', 7);
  assert.strictEqual(got, 7);

  const plain = {};
  EventEmitter.init.call(plain);
  assert.deepStrictEqual(Object.keys(plain), ['_events', '_eventsCount', '_maxListeners']);
  assert.strictEqual(Object.getPrototypeOf(plain._events), null);

  // Existing _events are kept.
  const existing = { _events: { x: 1 } };
  EventEmitter.init.call(existing);
  assert.deepStrictEqual(existing._events, { x: 1 });
  assert.strictEqual(existing._maxListeners, undefined);
}

{
  // class syntax
  class Sub extends EventEmitter {
    constructor() {
      super({ captureRejections: false });
      this.extra = true;
    }
  }
  const sub = new Sub();
  assert.deepStrictEqual(Object.keys(sub),
                         ['_events', '_eventsCount', '_maxListeners', 'extra']);
  assert.strictEqual(util.inspect(sub, { depth: 0 }).split('\n')[0], 'Sub {');
}

{
  // EventEmitterAsyncResource is a subclass.
  const { EventEmitterAsyncResource } = events;
  assert.strictEqual(typeof EventEmitterAsyncResource, 'function');
  assert.strictEqual(EventEmitterAsyncResource.name, 'EventEmitterAsyncResource');
  assert.strictEqual(Object.getPrototypeOf(EventEmitterAsyncResource), EventEmitter);
}
