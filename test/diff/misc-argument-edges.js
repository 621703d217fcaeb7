'use strict';
// Argument handling node 22 has and tools/difffuzz-misc.js found different: Worker options
// (falsy argv/execArgv/name/transferList ignored, resourceLimits that is no object ignored,
// options that are no object read as one, env's message), MessagePort#postMessage's transfer
// list message, Writable's defaultEncoding check, compose's "body" name and addAbortSignal's
// signal check.
const { Worker, MessageChannel } = require('worker_threads');
const { Writable, compose, addAbortSignal, PassThrough } = require('stream');

const show = (name, fn) => {
  try {
    const r = fn();
    console.log(name, 'ok', typeof r);
  } catch (e) {
    console.log(name, e.name, e.code, e.message, '|', e.stack.split('\n')[0]);
  }
};
const worker = (o) => () => new Worker('0', o).terminate();
for (const [k, v] of Object.entries({ argv: 0, name: NaN, transferList: 0, resourceLimits: 5, execArgv: 0 })) {
  show(`worker ${k}`, worker({ eval: true, [k]: v }));
}
show('worker argv x', worker({ eval: true, argv: 'x' }));
show('worker name 5', worker({ eval: true, name: 5 }));
show('worker env x', worker({ eval: true, env: 'x' }));
show('worker transferList x', worker({ eval: true, transferList: 'x' }));
show('worker execArgv x', worker({ eval: true, execArgv: 'x' }));
for (const o of [null, 5, 'x', [], () => {}]) show(`worker options ${typeof o}`, worker(o));

const { port1 } = new MessageChannel();
for (const t of ['x', 5, 0, {}, null]) show(`postMessage ${JSON.stringify(t)}`, () => port1.postMessage(1, t));
port1.close();

for (const e of ['', 0, false, 'buffer', null, 'UTF8', 'hex', 'nope']) {
  show(`defaultEncoding ${JSON.stringify(e)}`, () => new Writable({ defaultEncoding: e }).writableLength);
}
show('compose fn', () => compose(() => {}));
show('compose obj fn', () => compose({}, () => {}));
show('addAbortSignal undefined', () => addAbortSignal(undefined, new PassThrough()));
show('addAbortSignal null', () => addAbortSignal(null, new PassThrough()));
show('addAbortSignal stream', () => addAbortSignal(new AbortController().signal, 5));
