'use strict';
// AbortController / AbortSignal: shapes, abort(), reasons, onabort, any(),
// timeout(), errors, inspect output and events.addAbortListener interop.
const util = require('util');
const { addAbortListener, getEventListeners } = require('events');

const { print, attempt } = require('./_print');

print('# shapes');
print(Object.getOwnPropertyNames(AbortSignal.prototype).join(), Object.keys(AbortSignal.prototype).join());
print(Object.getOwnPropertyNames(AbortSignal).join());
print(Object.getOwnPropertyNames(AbortController.prototype).join(), Object.keys(AbortController.prototype).join());
print(AbortSignal.prototype[Symbol.toStringTag], AbortController.prototype[Symbol.toStringTag]);
print(util.inspect(Object.getOwnPropertyDescriptor(AbortSignal, 'abort')));
print(util.inspect(Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort')));
print(util.inspect(Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted')));
print(AbortSignal.abort.length, AbortSignal.timeout.length, AbortSignal.any.length,
      AbortController.prototype.abort.length, AbortController.length);
print(Object.getPrototypeOf(AbortSignal.prototype) === EventTarget.prototype);
print(Object.getOwnPropertySymbols(new AbortController().signal).map(String).join());
print(Object.getOwnPropertySymbols(new AbortController()).length);

print('# inspect');
print(util.inspect(AbortSignal.abort()), util.inspect(new AbortController()));
print(util.inspect(AbortSignal.abort(), { depth: -1 }));
print(util.inspect({ a: { b: { c: new AbortController() } } }));
print(util.inspect(new AbortController(), { depth: 0 }));

print('# abort');
{
  const ac = new AbortController();
  print(ac.signal === ac.signal, ac.signal.aborted, ac.signal.reason);
  ac.signal.onabort = function(e) {
    print('onabort', this === ac.signal, e.isTrusted, e.type, e.constructor.name,
          ac.signal.aborted, e.cancelable, e.bubbles);
  };
  ac.signal.addEventListener('abort', (e) => print('listener', e.isTrusted, e.eventPhase));
  ac.abort();
  ac.abort('again');
  const r = ac.signal.reason;
  print(r instanceof DOMException, r.name, r.message, r.code, r.stack.split('\n')[0]);
  attempt('throwIfAborted', () => ac.signal.throwIfAborted());
  const ac2 = new AbortController();
  ac2.abort(undefined);
  print(ac2.signal.reason.name);
  const ac3 = new AbortController();
  ac3.abort(null);
  print(ac3.signal.reason);
  const ac4 = new AbortController();
  ac4.abort(42);
  attempt('throw 42', () => ac4.signal.throwIfAborted());
  print(new AbortController().signal.throwIfAborted());
}

print('# onabort');
{
  const ac = new AbortController();
  print(ac.signal.onabort);
  ac.signal.onabort = 5;
  print(ac.signal.onabort);
  ac.signal.onabort = null;
  print(ac.signal.onabort);
  const order = [];
  ac.signal.addEventListener('abort', () => order.push('first'));
  ac.signal.onabort = () => order.push('handler1');
  ac.signal.addEventListener('abort', () => order.push('third'));
  ac.signal.onabort = () => order.push('handler2');
  ac.abort();
  print(order.join());
}

print('# static abort');
{
  const s = AbortSignal.abort();
  print(s.aborted, s.reason.name, s.reason.message);
  print(AbortSignal.abort('why').reason, AbortSignal.abort(null).reason);
}

print('# errors');
attempt('new AbortSignal', () => new AbortSignal());
attempt('timeout -1', () => AbortSignal.timeout(-1));
attempt('timeout str', () => AbortSignal.timeout('1'));
attempt('timeout 1.5', () => AbortSignal.timeout(1.5));
attempt('timeout 2**32', () => AbortSignal.timeout(2 ** 32));
attempt('any()', () => AbortSignal.any());
attempt('any({})', () => AbortSignal.any({}));
attempt('any(str)', () => AbortSignal.any('ab'));
attempt('any([1])', () => AbortSignal.any([1]));
attempt('any([sig, {}])', () => AbortSignal.any([AbortSignal.abort(), {}]));
attempt('aborted this', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}));
attempt('reason this', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'reason').get.call({}));
attempt('throwIfAborted this', () => AbortSignal.prototype.throwIfAborted.call({}));

print('# any');
{
  const ac = new AbortController();
  const any = AbortSignal.any([ac.signal]);
  const any2 = AbortSignal.any([any, new AbortController().signal]);
  ac.signal.addEventListener('abort', () => print('src', any.aborted, any2.aborted));
  any.addEventListener('abort', () => print('any', any2.aborted));
  any2.addEventListener('abort', () => print('any2'));
  ac.abort(new Error('r'));
  print(any.reason.message, any2.reason === ac.signal.reason);
  print(AbortSignal.any([]).aborted);
  print(AbortSignal.any([AbortSignal.abort(1), AbortSignal.abort(2)]).reason);
  print(AbortSignal.any(new Set([AbortSignal.abort(3)])).reason);
  const a = new AbortController();
  const b = new AbortController();
  const both = AbortSignal.any([a.signal, b.signal]);
  b.abort('b first');
  a.abort('a second');
  print(both.reason);
}

print('# addAbortListener');
{
  const ac = new AbortController();
  ac.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
  addAbortListener(ac.signal, () => print('resisted'));
  ac.signal.addEventListener('abort', () => print('not resisted'));
  print(getEventListeners(ac.signal, 'abort').length);
  ac.abort();
}

print('# timeout');
{
  const t = AbortSignal.timeout(5);
  print(t.aborted);
  t.onabort = () => {
    print('timed out', t.reason.name, t.reason.message, t.reason.code);
  };
  // An unref'd timer does not keep the process alive: this one never fires.
  AbortSignal.timeout(100000).addEventListener('abort', () => print('never'));
  setTimeout(() => print('kept alive by a ref timer'), 30);
}
