'use strict';
// EventTarget, Event and CustomEvent: shapes, dispatch order, option handling,
// error codes and Node 22's dispatch quirks. Machine-independent output only.
const util = require('util');
const { getEventListeners, setMaxListeners, getMaxListeners } = require('events');

const { print, attempt } = require('./_print');
function noTime(s) {
  return s.replace(/timeStamp: [\d.e+-]+/g, 'timeStamp: T');
}

print('# shapes');
print(Object.getOwnPropertyNames(Event.prototype).join());
print(Object.keys(Event.prototype).join());
print(Object.getOwnPropertyNames(EventTarget.prototype).join(), Object.keys(EventTarget.prototype).join());
print(Object.getOwnPropertyNames(Event).join(), Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET,
      Event.BUBBLING_PHASE, Event.prototype.AT_TARGET);
print(util.inspect(Object.getOwnPropertyDescriptor(Event, 'AT_TARGET')));
for (const k of Object.getOwnPropertyNames(Event.prototype)) {
  const d = Object.getOwnPropertyDescriptor(Event.prototype, k);
  print(k, typeof d.value, typeof d.get, typeof d.set, d.enumerable, d.configurable);
}
print(Object.prototype.toString.call(new Event('x')), Object.prototype.toString.call(new EventTarget()));
print(Event.length, EventTarget.length, Event.name, EventTarget.name);
print(Object.getOwnPropertySymbols(new Event('x')).map(String).join());
print(Object.getOwnPropertySymbols(new EventTarget()).map(String).join());

print('# inspect');
print(util.inspect(new EventTarget()), util.inspect({ a: { b: { c: new EventTarget() } } }));
print(noTime(util.inspect(new Event('foo', { cancelable: true }))));
print(noTime(util.inspect({ a: { b: { c: new Event('x') } } })));
print(noTime(util.inspect(new Event('foo'), { depth: 0 })));
print(noTime(util.inspect(new Event('foo'), { compact: false, breakLength: Infinity })));

print('# constructor');
attempt('no args', () => new Event());
attempt('options 5', () => new Event('x', 5));
attempt('options str', () => new Event('x', 'str'));
attempt('options null', () => new Event('x', null).bubbles);
attempt('options fn', () => new Event('x', Object.assign(() => {}, { bubbles: true })).bubbles);
attempt('symbol type', () => new Event(Symbol('s')));
print(new Event(1).type, new Event(null).type, new Event(undefined).type, new Event({}).type);
const flags = new Event('x', { bubbles: 1, cancelable: 'yes', composed: [] });
print(flags.bubbles, flags.cancelable, flags.composed, flags.isTrusted, flags.eventPhase);
print(typeof flags.timeStamp, flags.timeStamp >= 0, flags.target, flags.currentTarget, flags.srcElement);
print(new Event('x', Object.create({ bubbles: true })).bubbles);

print('# brand checks');
for (const k of ['type', 'target', 'eventPhase', 'cancelBubble', 'timeStamp', 'defaultPrevented']) {
  attempt(k, () => Object.getOwnPropertyDescriptor(Event.prototype, k).get.call({}));
}
attempt('isTrusted', () => Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted').get.call({}));
attempt('preventDefault', () => Event.prototype.preventDefault.call({}));
attempt('dispatch this', () => EventTarget.prototype.dispatchEvent.call({}, new Event('x')));
attempt('add this', () => EventTarget.prototype.addEventListener.call({}, 'x', () => {}));
attempt('remove this', () => EventTarget.prototype.removeEventListener.call(5, 'x', () => {}));

print('# cancel');
const c = new Event('c', { cancelable: true });
print(c.returnValue, c.defaultPrevented);
c.returnValue = true;
print(c.defaultPrevented);
c.returnValue = false;
print(c.defaultPrevented, c.returnValue);
const nc = new Event('nc');
nc.preventDefault();
print(nc.defaultPrevented, nc.returnValue);
const cb = new Event('cb');
cb.cancelBubble = false;
print(cb.cancelBubble);
cb.cancelBubble = 1;
print(cb.cancelBubble);
const sp = new Event('sp');
sp.stopImmediatePropagation();
print(sp.cancelBubble);
const ie = new Event('a');
ie.initEvent('b', true, true);
print(ie.type, ie.bubbles, ie.cancelable);
attempt('initEvent()', () => ie.initEvent());

print('# dispatch');
const et = new EventTarget();
const ev = new Event('x', { cancelable: true });
et.addEventListener('x', function(e) {
  print('fn1', this === et, e === ev, e.eventPhase, e.currentTarget === et, e.target === et,
        e.composedPath().length);
  e.preventDefault();
});
et.addEventListener('x', function(e) {
  print('fn2', e.eventPhase, e.currentTarget, e.target === et, e.composedPath().length);
});
et.addEventListener('x', {
  handleEvent(e) {
    print('obj', this !== et, e === ev, e.eventPhase);
  },
});
print('dispatch ->', et.dispatchEvent(ev));
print('after', ev.eventPhase, ev.currentTarget, ev.target === et, ev.composedPath().length,
      ev.defaultPrevented);
attempt('dispatch none', () => et.dispatchEvent());
attempt('dispatch obj', () => et.dispatchEvent({ type: 'x' }));
attempt('dispatch again', () => et.dispatchEvent(ev));
print(et.dispatchEvent(new Event('nothing')));

print('# recursion');
const rt = new EventTarget();
rt.addEventListener('r', (e) => attempt('recurse', () => rt.dispatchEvent(e)));
rt.dispatchEvent(new Event('r'));

print('# added and removed during dispatch');
{
  const t = new EventTarget();
  const order = [];
  t.addEventListener('x', () => {
    order.push(1);
    t.addEventListener('x', () => order.push('added'));
  });
  t.addEventListener('x', () => order.push(2));
  t.dispatchEvent(new Event('x'));
  print(order.join());
  const t2 = new EventTarget();
  const o2 = [];
  t2.addEventListener('x', () => {
    o2.push(1);
    t2.addEventListener('x', () => o2.push('added'));
  });
  t2.dispatchEvent(new Event('x'));
  print(o2.join());
  const t3 = new EventTarget();
  const later = () => print('must not run');
  t3.addEventListener('x', () => {
    t3.removeEventListener('x', later);
    print('removed later');
  });
  t3.addEventListener('x', later);
  t3.dispatchEvent(new Event('x'));
  t3.dispatchEvent(new Event('x'));
}

print('# stopPropagation');
{
  const t = new EventTarget();
  t.addEventListener('s', (e) => {
    e.stopPropagation();
    print('s1');
  });
  t.addEventListener('s', () => print('s2'));
  t.dispatchEvent(new Event('s'));
  t.addEventListener('t', (e) => {
    e.stopImmediatePropagation();
    print('t1');
  });
  t.addEventListener('t', () => print('t2'));
  const te = new Event('t');
  t.dispatchEvent(te);
  print(te.cancelBubble);
  t.dispatchEvent(te);
  print('stopped before dispatch');
  const pre = new Event('s');
  pre.stopImmediatePropagation();
  t.dispatchEvent(pre);
}

print('# options');
{
  const t = new EventTarget();
  const f = () => print('f');
  t.addEventListener('q', f, true);
  t.addEventListener('q', f);
  t.addEventListener('q', f, { capture: false });
  t.dispatchEvent(new Event('q'));
  t.removeEventListener('q', f);
  t.dispatchEvent(new Event('q'));
  t.removeEventListener('q', f, { capture: true });
  t.dispatchEvent(new Event('q'));
  print(getEventListeners(t, 'q').length);
  t.addEventListener('o', () => print('once'), { once: true });
  t.dispatchEvent(new Event('o'));
  t.dispatchEvent(new Event('o'));
  const fl = () => print('fl');
  t.addEventListener('a', fl, { once: true });
  t.removeEventListener('a', fl);
  t.dispatchEvent(new Event('a'));
  t.addEventListener('b', fl, { once: true });
  t.addEventListener('b', fl);
  t.dispatchEvent(new Event('b'));
  t.dispatchEvent(new Event('b'));
  t.addEventListener('p', (e) => {
    e.preventDefault();
    print('passive', e.defaultPrevented);
  }, { passive: true });
  print(t.dispatchEvent(new Event('p', { cancelable: true })));
  const ac = new AbortController();
  t.addEventListener('v', () => print('v'), { signal: ac.signal });
  t.dispatchEvent(new Event('v'));
  ac.abort();
  t.dispatchEvent(new Event('v'));
  t.addEventListener('v', () => print('v2'), { signal: ac.signal });
  t.dispatchEvent(new Event('v'));
  print(getEventListeners(t, 'v').length);
  attempt('signal 1', () => t.addEventListener('v', () => {}, { signal: 1 }));
  attempt('options 1', () => t.addEventListener('v', () => {}, 1));
  attempt('options null', () => t.addEventListener('v', () => {}, null));
  attempt('listener 5', () => t.addEventListener('v', 5));
  attempt('listener str', () => t.addEventListener('v', 'str'));
  attempt('one arg', () => t.addEventListener('v'));
  attempt('remove one arg', () => t.removeEventListener('v'));
  attempt('remove null', () => t.removeEventListener('v', null));
  attempt('remove 5', () => t.removeEventListener('v', 5));
  const h = {};
  t.addEventListener('y', h);
  h.handleEvent = () => print('late handleEvent');
  t.dispatchEvent(new Event('y'));
  print(util.inspect(getEventListeners(t, 'y')));
}

print('# max listeners');
{
  const t = new EventTarget();
  print(getMaxListeners(t));
  setMaxListeners(3, t);
  print(getMaxListeners(t));
}


print('# argument checking order');
{
  const t = new EventTarget();
  const aborted = AbortSignal.abort();
  const cases = [[null, { signal: 1 }], [5, { signal: 1 }], [5, 7], [null, 7],
    [() => {}, { signal: null }], [() => {}, { signal: aborted }], [null, { signal: aborted }],
    [5, { signal: aborted }], [Symbol('s'), { signal: aborted }]];
  for (const [listener, options] of cases) {
    attempt(util.inspect([listener, options]), () => t.addEventListener('x', listener, options));
  }
  for (const [listener, options] of [[5, 7], [null, 7], [() => {}, 7], [() => {}, null]]) {
    attempt(`remove ${util.inspect([listener, options])}`,
            () => t.removeEventListener('x', listener, options));
  }
  const getters = {
    get once() {
      print('get once');
      return false;
    },
    get capture() {
      print('get capture');
      return false;
    },
    get passive() {
      print('get passive');
      return false;
    },
    get signal() {
      print('get signal');
      return undefined;
    },
  };
  t.addEventListener('y', () => {}, getters);
  t.removeEventListener('y', () => {}, getters);
}
