'use strict';
// Flags: --experimental-eventsource
// The EventSource global as node 22 has it with --experimental-eventsource: the class shape
// (constants on the class and prototype, enumerable accessors, no toStringTag), util.inspect,
// the constructor's argument errors (the warning comes after the argument count is checked),
// the url and withCredentials attributes, the on* handlers (a non-function clears the handler;
// setting one again moves it to the end), illegal invocations, and the ExperimentalWarning once.
// Without the flag (a child process) there is no EventSource.
const util = require('util');
const { execFileSync } = require('child_process');

process.on('warning', (w) => console.log('warning event:', w.name, w.code, w.message));

const d = Object.getOwnPropertyDescriptor(globalThis, 'EventSource');
console.log(typeof d.value, d.writable, d.enumerable, d.configurable);
console.log(Object.getPrototypeOf(EventSource) === EventTarget, EventSource.name, EventSource.length);
console.log(util.inspect(EventSource));
console.log(Object.getOwnPropertyNames(EventSource));
console.log(Object.getOwnPropertyNames(EventSource.prototype));
console.log(Object.getOwnPropertySymbols(EventSource.prototype));
for (const target of [EventSource, EventSource.prototype]) {
  for (const name of Object.getOwnPropertyNames(target)) {
    if (name === 'prototype' || name === 'constructor') continue;
    const p = Object.getOwnPropertyDescriptor(target, name);
    console.log(name, Object.keys(p).join(), p.enumerable, p.configurable, p.writable,
                typeof p.value === 'function' ? 'function' : p.value, typeof p.get, typeof p.set);
  }
}

function attempt(label, fn) {
  try {
    const es = fn();
    console.log(label, 'ok', util.inspect(es), es.url, es.withCredentials, es.readyState,
                Object.prototype.toString.call(es));
    es.close();
    console.log(label, 'closed', es.readyState);
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.constructor.name, JSON.stringify(e.message),
                e instanceof DOMException);
  }
}

attempt('no args', () => new EventSource());
console.log('after the argument check');
attempt('not a url', () => new EventSource('not a url'));
attempt('relative', () => new EventSource('/relative'));
attempt('bad host', () => new EventSource('http://a b/'));
attempt('number', () => new EventSource(1));
attempt('symbol', () => new EventSource(Symbol('s')));
attempt('ftp', () => new EventSource('ftp://example.com/'));
attempt('normalised', () => new EventSource('HTTP://Example.COM:80/a/../b?x#frag'));
attempt('URL object', () => new EventSource(new URL('http://127.0.0.1:1/u')));
attempt('toString', () => new EventSource({ toString() { return 'http://127.0.0.1:1/t'; } }));
attempt('credentials', () => new EventSource('http://127.0.0.1:1/', { withCredentials: 1 }));
attempt('null init', () => new EventSource('http://127.0.0.1:1/', null));
attempt('function init', () => new EventSource('http://127.0.0.1:1/', () => {}));
attempt('string init', () => new EventSource('http://127.0.0.1:1/', 'str'));
attempt('number init', () => new EventSource('http://127.0.0.1:1/', 5));
attempt('boolean init', () => new EventSource('http://127.0.0.1:1/', true));
attempt('bigint init', () => new EventSource('http://127.0.0.1:1/', 1n));
attempt('symbol init', () => new EventSource('http://127.0.0.1:1/', Symbol('i')));
const order = [];
attempt('order', () => new EventSource({ toString() { order.push('url'); return 'bad url'; } }, {
  get withCredentials() { order.push('withCredentials'); return false; },
}));
console.log(order);
// node 22.23 reads withCredentials and undici's dispatcher, and ignores a `fetch` option.
const read = [];
const custom = new EventSource('http://127.0.0.1:1/', {
  get withCredentials() { read.push('withCredentials'); return true; },
  get dispatcher() { read.push('dispatcher'); return undefined; },
  get fetch() { read.push('fetch'); return () => console.log('custom fetch called'); },
});
console.log(read, custom.withCredentials);
custom.close();
attempt('subclass', () => new (class X extends EventSource {})('http://127.0.0.1:1/'));

try {
  EventSource('http://127.0.0.1:1/');
} catch (e) {
  console.log(e.name, e.message);
}
for (const name of ['readyState', 'url', 'withCredentials', 'onopen', 'onmessage', 'onerror']) {
  try {
    Object.getOwnPropertyDescriptor(EventSource.prototype, name).get.call({});
  } catch (e) {
    console.log(name, e.name, e.message);
  }
}
try {
  EventSource.prototype.close.call({});
} catch (e) {
  console.log('close', e.name, e.code, e.message);
}

const es = new EventSource('http://127.0.0.1:1/');
es.close();
es.close();
console.log(es.readyState, es.onopen, es.onmessage, es.onerror);
es.onerror = () => console.log('first');
const listener = () => console.log('listener');
es.addEventListener('error', listener);
es.onerror = () => console.log('second');
es.dispatchEvent(new Event('error'));
const handlerObject = { handleEvent() { console.log('handleEvent'); } };
es.onerror = handlerObject;
console.log(es.onerror);
es.dispatchEvent(new Event('error'));
es.onmessage = () => console.log('message handler');
es.onmessage = 'not a function';
console.log(es.onmessage);
es.dispatchEvent(new Event('message'));
console.log(util.inspect(es), util.inspect(es, { showHidden: true }));
// Closed while connecting to a bad port, the source still fires one 'error' (after the above).

console.log(execFileSync(process.execPath, ['-p', 'typeof EventSource']).toString().trim());
console.log(execFileSync(process.execPath, ['--experimental-eventsource', '--no-experimental-eventsource',
                                            '-p', 'typeof EventSource']).toString().trim());
console.log(execFileSync(process.execPath, ['-p', 'typeof EventSource'],
                         { env: { ...process.env, NODE_OPTIONS: '--experimental-eventsource' } })
  .toString().trim());
