'use strict';
// pipe/unpipe, finished, pipeline (callback and promise forms), addAbortSignal, the is* helpers.
const stream = require('stream');
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished, addAbortSignal } = stream;
const sp = require('stream/promises');

const scenarios = [];
function scenario(name, fn) { scenarios.push([name, fn]); }
function show(v) {
  if (v === null || v === undefined) return String(v);
  if (Buffer.isBuffer(v)) return `<Buffer ${v.toString('hex')}>`;
  if (v instanceof Error) return `${v.name}[${v.code}]: ${v.message}`;
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'object') return v.constructor ? v.constructor.name : 'object';
  return String(v);
}
function trace(tag, s, events) {
  for (const ev of events) s.on(ev, (...a) => console.log(`  ${tag} ${ev}`, ...a.map(show)));
  return s;
}
function src(chunks, opts) {
  const r = new Readable({ read() {}, ...opts });
  for (const c of chunks) r.push(c);
  r.push(null);
  return r;
}
function sink(tag, opts = {}) {
  return new Writable({ ...opts, write(c, e, cb) { console.log(`  ${tag} write`, show(c)); if (opts.async) setTimeout(cb, 1); else cb(); } });
}

scenario('pipe basic event order', (done) => {
  const r = trace('r', src(['a', 'b']), ['end', 'close', 'pause', 'resume']);
  const w = trace('w', sink('w'), ['pipe', 'unpipe', 'finish', 'close', 'drain']);
  r.pipe(w);
  w.on('close', done);
});

scenario('pipe backpressure', (done) => {
  const r = trace('r', new Readable({ highWaterMark: 2, read() {} }), ['end', 'close', 'pause', 'resume']);
  const w = trace('w', sink('w', { highWaterMark: 2, async: true }), ['finish', 'close', 'drain']);
  r.pipe(w);
  r.push('aaa'); r.push('bbb'); r.push('c'); r.push(null);
  w.on('close', done);
});

scenario('pipe end false and unpipe', (done) => {
  const r = new Readable({ read() {} });
  const w = trace('w', sink('w'), ['pipe', 'unpipe', 'finish', 'close']);
  r.pipe(w, { end: false });
  r.push('x');
  setTimeout(() => {
    r.unpipe(w);
    console.log('  flowing after unpipe', r.readableFlowing, 'pipes', r._readableState.pipes.length);
    r.push('y');
    r.push(null);
    setTimeout(() => { console.log('  w ended', w.writableEnded); w.end(); w.on('close', done); }, 2);
  }, 2);
});

scenario('pipe to two destinations', (done) => {
  const r = src(['1', '2']);
  const a = trace('a', sink('a'), ['finish']);
  const b = trace('b', sink('b', { async: true }), ['finish', 'close']);
  r.pipe(a);
  r.pipe(b);
  b.on('close', done);
});

scenario('pipe dest error unpipes', (done) => {
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(new Error('dest broke')); } });
  trace('w', w, ['unpipe', 'error', 'close']);
  trace('r', r, ['pause', 'close']);
  r.pipe(w);
  r.push('z');
  w.on('close', () => setTimeout(() => { console.log('  r pipes', r._readableState.pipes.length, 'flowing', r.readableFlowing); r.destroy(); done(); }, 2));
});

scenario('pipe into ended writable', (done) => {
  const w = sink('w');
  w.end();
  const r = src(['late']);
  trace('w', w, ['error', 'close', 'unpipe']);
  r.pipe(w);
  setTimeout(done, 5);
});

scenario('Writable.pipe errors', (done) => {
  const w = sink('w');
  trace('w', w, ['error', 'close']);
  w.pipe(new PassThrough());
  w.on('close', done);
});

scenario('finished readable', (done) => {
  const r = src(['a']);
  finished(r, (err) => { console.log('  finished', show(err), 'ended', r.readableEnded); done(); });
  r.resume();
});

scenario('finished writable and premature close', (done) => {
  const w = sink('w');
  finished(w, (err) => console.log('  finished w', show(err)));
  w.end('x');
  const w2 = sink('w2');
  finished(w2, (err) => { console.log('  finished w2', show(err)); done(); });
  w2.write('y');
  w2.destroy();
});

scenario('finished error and cleanup', (done) => {
  const r = new Readable({ read() {} });
  const cleanup = finished(r, (err) => console.log('  finished', show(err)));
  console.log('  cleanup type', typeof cleanup);
  r.on('error', () => {});
  r.destroy(new Error('bad'));
  const r2 = new Readable({ read() {} });
  const c2 = finished(r2, () => console.log('  never'));
  c2();
  r2.destroy();
  setTimeout(done, 5);
});

scenario('finished on already finished', (done) => {
  const r = src([]);
  r.resume();
  r.on('close', () => finished(r, (err) => { console.log('  late finished', show(err)); done(); }));
});

scenario('finished validation', (done) => {
  try { finished({}, () => {}); } catch (e) { console.log('  ', show(e)); }
  try { finished(new PassThrough()); } catch (e) { console.log('  ', show(e)); }
  try { finished(new PassThrough(), 1, () => {}); } catch (e) { console.log('  ', show(e)); }
  done();
});

scenario('finished options readable/writable false', (done) => {
  const d = new PassThrough();
  finished(d, { readable: false }, (err) => console.log('  writable side done', show(err)));
  finished(d, { writable: false }, (err) => { console.log('  readable side done', show(err)); done(); });
  d.end('x');
  setTimeout(() => d.resume(), 3);
});

scenario('pipeline success', (done) => {
  const t = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
  const w = sink('w');
  trace('t', t, ['end', 'finish', 'close']);
  trace('w', w, ['finish', 'close']);
  const ret = pipeline(src(['ab', 'cd']), t, w, (err, val) => { console.log('  pipeline cb', show(err), val); done(); });
  console.log('  returns last', ret === w);
});

scenario('pipeline error destroys all', (done) => {
  const r = new Readable({ read() {} });
  const t = new PassThrough();
  const w = sink('w');
  trace('r', r, ['close', 'error']);
  trace('t', t, ['close', 'error']);
  trace('w', w, ['close', 'error']);
  pipeline(r, t, w, (err) => { console.log('  pipeline cb', show(err), r.destroyed, t.destroyed, w.destroyed); setTimeout(done, 2); });
  r.push('x');
  setTimeout(() => t.destroy(new Error('middle failed')), 1);
});

scenario('pipeline premature close', (done) => {
  const r = new Readable({ read() {} });
  const w = sink('w');
  pipeline(r, w, (err) => { console.log('  pipeline cb', show(err)); done(); });
  r.push('a');
  setTimeout(() => r.destroy(), 1);
});

scenario('pipeline with generators', (done) => {
  pipeline(
    function* () { yield 'a'; yield 'b'; },
    async function* (source) { for await (const c of source) yield String(c).repeat(2); },
    async function (source) { let s = ''; for await (const c of source) s += c; return s; },
    (err, val) => { console.log('  pipeline cb', show(err), show(val)); done(); });
});

scenario('pipeline validation', (done) => {
  try { pipeline(); } catch (e) { console.log('  ', show(e)); }
  try { pipeline(src([]), () => {}); } catch (e) { console.log('  ', show(e)); }
  try { pipeline(src([]), sink('w')); } catch (e) { console.log('  ', show(e)); }
  try { pipeline([src([])], () => {}); } catch (e) { console.log('  ', show(e)); }
  try { pipeline(() => 5, sink('x'), () => {}); } catch (e) { console.log('  ', show(e)); }
  done();
});

scenario('stream/promises pipeline and finished', (done) => {
  const w = sink('w', { objectMode: true });
  sp.pipeline(Readable.from([1, 2]), w).then((v) => {
    console.log('  resolved', v);
    const r = new Readable({ read() {} });
    const p = sp.finished(r);
    r.destroy(new Error('pf'));
    r.on('error', () => {});
    return p;
  }).catch((e) => console.log('  rejected', show(e))).then(() => {
    const ac = new AbortController();
    const r = new Readable({ read() {} });
    const p = sp.pipeline(r, sink('aborted'), { signal: ac.signal });
    ac.abort();
    return p.catch((e) => console.log('  abort rejected', show(e), r.destroyed));
  }).then(done);
});

scenario('addAbortSignal', (done) => {
  const ac = new AbortController();
  const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
  trace('r', r, ['error', 'close']);
  ac.abort();
  try { addAbortSignal('x', r); } catch (e) { console.log('  ', show(e)); }
  try { addAbortSignal(ac.signal, {}); } catch (e) { console.log('  ', show(e)); }
  const r2 = new Readable({ read() {}, signal: AbortSignal.abort() });
  trace('r2', r2, ['error', 'close']);
  r2.on('close', () => { console.log('  cause', r2.errored && show(r2.errored.cause)); done(); });
});

scenario('is helpers', (done) => {
  const r = new Readable({ read() {} });
  console.log('  fresh', stream.isReadable(r), stream.isErrored(r), stream.isDisturbed(r), stream.isDestroyed(r), stream.isWritable(r));
  r.push('a');
  r.read();
  console.log('  after read disturbed', stream.isDisturbed(r));
  r.on('error', () => {});
  r.destroy(new Error('x'));
  console.log('  destroyed', stream.isReadable(r), stream.isErrored(r), stream.isDestroyed(r));
  const w = sink('w');
  console.log('  writable', stream.isWritable(w), stream.isReadable(w));
  w.end();
  console.log('  after end', stream.isWritable(w));
  console.log('  plain', stream.isReadable({}), stream.isErrored({}), stream.isDisturbed({}));
  console.log('  hwm', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
  stream.setDefaultHighWaterMark(true, 4);
  console.log('  set', new Readable({ objectMode: true }).readableHighWaterMark, stream.getDefaultHighWaterMark(true));
  stream.setDefaultHighWaterMark(true, 16);
  try { stream.setDefaultHighWaterMark(false, -1); } catch (e) { console.log('  ', show(e)); }
  console.log('  Stream', typeof stream.Stream, stream.Stream === stream, stream.promises === sp);
  const names = ['Duplex', 'PassThrough', 'Readable', 'Stream', 'Transform', 'Writable', 'addAbortSignal', 'destroy',
                 'duplexPair', 'finished', 'getDefaultHighWaterMark', 'isDestroyed', 'isDisturbed', 'isErrored', 'isReadable',
                 'isWritable', 'pipeline', 'promises', 'setDefaultHighWaterMark'];
  console.log('  exports', names.map((n) => n + ':' + typeof stream[n]).join(','));
  done();
});

scenario('duplexPair', (done) => {
  const [a, b] = stream.duplexPair();
  b.on('data', (d) => console.log('  b data', show(d)));
  a.on('data', (d) => console.log('  a data', show(d)));
  trace('a', a, ['finish', 'end', 'close']);
  trace('b', b, ['finish', 'end', 'close']);
  a.write('to b');
  b.write('to a');
  a.end();
  b.end();
  let n = 0;
  const check = () => { if (++n === 2) done(); };
  a.on('close', check);
  b.on('close', check);
});

scenario('stream.destroy helper', (done) => {
  const r = new Readable({ read() {} });
  trace('r', r, ['error', 'close']);
  stream.destroy(r);
  const w = sink('w');
  trace('w', w, ['error', 'close']);
  w.end();
  w.on('finish', () => stream.destroy(w));
  w.on('close', done);
});

(async () => {
  for (const [name, fn] of scenarios) {
    console.log(name);
    await new Promise((resolve) => fn(resolve));
    await new Promise((resolve) => setTimeout(resolve, 8));
  }
})();
