// Web streams: the microtask order in which reads, writes, pulls, closes and errors settle.
// Each scenario counts microtask ticks from its start and logs the tick of every event.
'use strict';
let tick = 0;
function ticker() { if (tick < 30) { tick++; Promise.resolve().then(ticker); } }
const log = (...a) => console.log(tick, ...a);
async function scenario(name, fn) {
  tick = 0;
  console.log('--', name);
  Promise.resolve().then(ticker);
  await fn();
  await new Promise((r) => setTimeout(r, 5));
}
(async () => {
await scenario('default read queued', () => { const rs = new ReadableStream({start(c){ c.enqueue(1); }}); const r = rs.getReader(); r.read().then(v => log('read', v)); });
await scenario('default read pending then enqueue', () => { let ctl; const rs = new ReadableStream({start(c){ ctl = c; }}); const r = rs.getReader(); r.read().then(v => log('read', v)); ctl.enqueue(2); r.closed.then(() => log('closed')); ctl.close(); });
await scenario('pull calls', () => { const rs = new ReadableStream({start(){ log('start') }, pull(c){ log('pull', c.desiredSize); c.enqueue(1); if (c.desiredSize < -1) c.close(); }}, {highWaterMark: 2}); const r = rs.getReader(); r.read().then(v => { log('read', v); return r.read(); }).then(v => log('read2', v)); });
await scenario('byob read queued', () => { const rs = new ReadableStream({type:'bytes', start(c){ c.enqueue(new Uint8Array([1,2])); }}); const r = rs.getReader({mode:'byob'}); r.read(new Uint8Array(4)).then(v => log('read', v)); });
await scenario('byob default read queued', () => { const rs = new ReadableStream({type:'bytes', start(c){ c.enqueue(new Uint8Array([1,2])); }}); const r = rs.getReader(); r.read().then(v => log('read', v)); });
await scenario('byob pull respond', () => { const rs = new ReadableStream({type:'bytes', pull(c){ log('pull'); c.byobRequest.view[0] = 9; c.byobRequest.respond(1); }}); const r = rs.getReader({mode:'byob'}); r.read(new Uint8Array(4)).then(v => log('read', v)); });
await scenario('write', () => { const ws = new WritableStream({start(){ log('start') }, write(c){ log('write', c); }, close(){ log('close') }}); const w = ws.getWriter(); w.ready.then(() => log('ready')); w.write('a').then(() => log('w1')); w.write('b').then(() => log('w2')); w.close().then(() => log('closed-p')); w.closed.then(() => log('closed')); });
await scenario('write async sink', () => { const ws = new WritableStream({ write(c){ log('write', c); return new Promise(r => setTimeout(r, 1)); }}, {highWaterMark: 1}); const w = ws.getWriter(); w.write('a').then(() => log('w1')); w.ready.then(() => log('ready', w.desiredSize)); });
await scenario('abort', () => { const ws = new WritableStream({ abort(r){ log('abort', r); }}); const w = ws.getWriter(); w.abort('why').then(() => log('aborted')); w.closed.catch(e => log('closed rej', e)); w.ready.catch(e => log('ready rej', e)); });
await scenario('transform', () => { const ts = new TransformStream({ transform(c, ctl){ log('transform', c); ctl.enqueue(c + 1); }, flush(){ log('flush'); }}); const w = ts.writable.getWriter(); const r = ts.readable.getReader(); w.write(1).then(() => log('w1')); w.close().then(() => log('wclosed')); r.read().then(v => log('r1', v)); r.read().then(v => log('r2', v)); });
await scenario('iterate', async () => { const rs = new ReadableStream({start(c){ c.enqueue(1); c.enqueue(2); c.close(); }}); for await (const x of rs) log('it', x); log('done'); });
await scenario('iterate break', async () => { const rs = new ReadableStream({start(c){ c.enqueue(1); c.enqueue(2); }, cancel(r){ log('cancel', r) }}); for await (const x of rs) { log('it', x); break; } log('done'); });
await scenario('pipeTo', async () => { const rs = new ReadableStream({start(c){ c.enqueue(1); c.enqueue(2); c.close(); }}); await rs.pipeTo(new WritableStream({write(c){ log('write', c) }, close(){ log('close') }})); log('piped'); });
await scenario('cancel', () => { const rs = new ReadableStream({cancel(r){ log('cancel', r); }}); const r = rs.getReader(); r.read().then(v => log('read', v)); r.closed.then(() => log('closed')); r.cancel('x').then(v => log('cancelled', v)); });
await scenario('error', () => { let ctl; const rs = new ReadableStream({start(c){ ctl = c; }}); const r = rs.getReader(); r.read().catch(e => log('read rej', e)); r.closed.catch(e => log('closed rej', e)); ctl.error('boom'); });
await scenario('releaseLock', () => { const rs = new ReadableStream(); const r = rs.getReader(); r.read().catch(e => log('read rej', e.message)); r.closed.catch(e => log('closed rej', e.message)); r.releaseLock(); });
await scenario('byob errors', () => { const rs = new ReadableStream({type:'bytes'}); const r = rs.getReader({mode:'byob'}); r.read(new Uint8Array(0)).catch(e => log('rej0', e.message)); r.read().catch(e => log('rejundef', e.code)); r.closed.then(() => {}, () => {}); Promise.resolve().then(() => log('marker')); });
await scenario('default errors', () => { const r = new ReadableStream().getReader(); r.releaseLock(); r.read().catch(e => log('rej', e.message)); Promise.resolve().then(() => log('marker')); ReadableStream.prototype.cancel.call(1).catch(e => log('cancel rej', e.code)); });
await scenario('writer errors', () => { const ws = new WritableStream(); const w = ws.getWriter(); w.releaseLock(); w.write(1).catch(e => log('rej', e.message)); Promise.resolve().then(() => log('marker')); ws.getWriter().close(); ws.close().catch(e => log('close rej', e.message)); });
await scenario('from async', async () => { let i = 0; const it = { [Symbol.asyncIterator]() { return { next() { log('next', i); return Promise.resolve(i < 2 ? { value: i++, done: false } : { done: true }); } }; } };
  const rs = ReadableStream.from(it); const r = rs.getReader(); r.read().then(v => { log(v); r.read().then(v => log(v)) }); });
await scenario('pull promise', () => { const rs = new ReadableStream({pull(c) { log('pull'); c.enqueue(1); return Promise.resolve(); }}, {highWaterMark: 2}); });
await scenario('cancel promise', () => { const rs = new ReadableStream({cancel(c) { log('cancel'); return Promise.resolve(); }}); rs.cancel().then(() => log('cancelled')); });
await scenario('write promise', () => { const ws = new WritableStream({write(c) { log('write', c); return Promise.resolve(); }, close() { log('close'); return Promise.resolve(); }}); const w = ws.getWriter(); w.write(1).then(() => log('w1')); w.write(2).then(() => log('w2')); w.close().then(() => log('closed')); });
await scenario('abort promise', () => { const ws = new WritableStream({abort(c) { log('abort'); return Promise.resolve(); }}); ws.abort(1).then(() => log('aborted')); });
await scenario('transform promise', () => { const ts = new TransformStream({transform(c, ctl) { log('t', c); ctl.enqueue(c); return Promise.resolve(); }, flush() { log('flush'); return Promise.resolve(); }}); const w = ts.writable.getWriter(); w.write(1).then(() => log('w1')); w.close().then(() => log('closed')); ts.readable.getReader().read().then(v => log(v)); });
await scenario('pipe', async () => { const rs = new ReadableStream({start(c){ c.enqueue(1); c.enqueue(2); c.close(); }}); await rs.pipeTo(new WritableStream({start() { log('wstart') }, write(c){ log('write', c) }, close(){ log('close') }})); log('piped'); });
await scenario('pipe2', async () => { let ctl; const rs = new ReadableStream({start(c){ ctl = c; }}); const p = rs.pipeTo(new WritableStream({write(c){ log('write', c) }, close(){ log('close') }})); ctl.enqueue('a'); await null; await null; ctl.enqueue('b'); ctl.close(); await p; log('piped'); });
})();
