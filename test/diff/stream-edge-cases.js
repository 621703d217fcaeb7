'use strict';
// Less common stream paths: hwm 0, big transfers with backpressure, legacy Stream#pipe,
// Readable.wrap, unpipe all, duplex destroy, state objects packages read.
const stream = require('stream');
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline } = stream;
const EE = require('events');

const scenarios = [];
function scenario(name, fn) { scenarios.push([name, fn]); }
function show(v) {
  if (v === null || v === undefined) return String(v);
  if (Buffer.isBuffer(v)) return `<Buffer ${v.length > 16 ? v.length + ' bytes' : v.toString('hex')}>`;
  if (v instanceof Error) return `${v.name}[${v.code}]: ${v.message}`;
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'object') return v.constructor ? v.constructor.name : 'object';
  return String(v);
}
function trace(tag, s, events) {
  for (const ev of events) s.on(ev, (...a) => console.log(`  ${tag} ${ev}`, ...a.map(show)));
  return s;
}

scenario('hwm 0 readable', (done) => {
  let i = 0;
  const r = new Readable({ highWaterMark: 0, read() { console.log('  _read'); if (i++ < 2) setImmediate(() => this.push('c' + i)); else this.push(null); } });
  let reads = 0;
  r.on('readable', () => {
    const c = r.read();
    console.log('  readable read', show(c), r.readableLength);
    if (++reads === 1) {
      // With hwm 0 a read that leaves nothing buffered does not ask for more by itself.
      setImmediate(() => setImmediate(() => {
        console.log('  stalled', r._readableState.reading, r._readableState.needReadable);
        r.read(0);
      }));
    } else if (reads === 2) {
      setImmediate(() => setImmediate(() => { console.log('  later', r.readableEnded); r.destroy(); }));
    }
  });
  r.on('end', () => console.log('  end'));
  r.on('close', done);
});

scenario('big transfer through pipeline with backpressure', (done) => {
  let produced = 0;
  const r = new Readable({ read(n) { if (produced >= 1 << 20) return this.push(null); produced += 16384; this.push(Buffer.alloc(16384, 1)); } });
  let drains = 0;
  let got = 0;
  const t = new Transform({ transform(c, e, cb) { setImmediate(cb, null, c); } });
  const w = new Writable({ highWaterMark: 1024, write(c, e, cb) { got += c.length; setImmediate(cb); } });
  w.on('drain', () => drains++);
  pipeline(r, t, w, (err) => { console.log('  done', show(err), got, drains > 0, r.readableLength, w.writableLength); done(); });
});

scenario('object mode pipe and unpipe all', (done) => {
  const r = new Readable({ objectMode: true, read() {} });
  const a = new Writable({ objectMode: true, write(c, e, cb) { console.log('  a', c); cb(); } });
  const b = new Writable({ objectMode: true, write(c, e, cb) { console.log('  b', c); cb(); } });
  trace('a', a, ['unpipe', 'finish']);
  trace('b', b, ['unpipe', 'finish']);
  r.pipe(a);
  r.pipe(b);
  r.push(1);
  setImmediate(() => {
    r.unpipe();
    console.log('  pipes', r._readableState.pipes.length, 'flowing', r.readableFlowing);
    r.push(2);
    setImmediate(() => { console.log('  left', r.readableLength); done(); });
  });
});

scenario('legacy Stream pipe', (done) => {
  const s = new stream.Stream();
  s.readable = true;
  const w = new PassThrough();
  w.on('data', (d) => console.log('  got', show(d)));
  trace('w', w, ['pipe', 'finish', 'end']);
  s.pipe(w);
  s.emit('data', Buffer.from('legacy'));
  s.emit('end');
  w.on('end', done);
  console.log('  instanceof EE', s instanceof EE, 'Readable instanceof Stream', new PassThrough() instanceof stream.Stream);
});

scenario('Readable.wrap old stream', (done) => {
  const old = new EE();
  old.pause = () => console.log('  old pause');
  old.resume = () => console.log('  old resume');
  const r = new Readable({ highWaterMark: 2 }).wrap(old);
  r.on('data', (d) => console.log('  data', show(d)));
  r.on('end', () => console.log('  end'));
  r.on('close', done);
  old.emit('data', Buffer.from('abc'));
  old.emit('data', Buffer.from('def'));
  setImmediate(() => old.emit('end'));
});

scenario('duplex destroy both sides', (done) => {
  const d = new Duplex({ read() {}, write(c, e, cb) { setImmediate(cb); } });
  trace('d', d, ['end', 'finish', 'error', 'close']);
  d.write('x', (err) => console.log('  write cb', show(err)));
  d.destroy(new Error('dup'));
  console.log('  ', d.destroyed, d.readable, d.writable, d._readableState.destroyed, d._writableState.destroyed, show(d._readableState.errored));
  d.on('close', done);
});

scenario('transform flush error and destroy in transform', (done) => {
  const t = new Transform({ transform(c, e, cb) { cb(null, c); }, flush(cb) { cb(new Error('flush failed')); } });
  trace('t', t, ['data', 'end', 'finish', 'error', 'close']);
  t.end('a');
  t.on('close', () => {
    const t2 = new Transform({ transform(c, e, cb) { this.destroy(); cb(); } });
    trace('t2', t2, ['data', 'end', 'finish', 'error', 'close']);
    t2.write('q', (err) => console.log('  t2 write cb', show(err)));
    t2.on('close', done);
  });
});

scenario('state objects', (done) => {
  const d = new Duplex({ readableObjectMode: true, readableHighWaterMark: 3, writableHighWaterMark: 5, read() {}, write(c, e, cb) { cb(); } });
  const r = d._readableState;
  const w = d._writableState;
  console.log('  r', r.objectMode, r.highWaterMark, r.flowing, r.ended, r.length, r.pipes.length, r.awaitDrainWriters, r.defaultEncoding, r.decoder, r.encoding);
  console.log('  w', w.objectMode, w.highWaterMark, w.needDrain, w.ending, w.finished, w.corked, w.length, w.decodeStrings, w.defaultEncoding, w.bufferedRequestCount);
  console.log('  w.getBuffer', Array.isArray(w.getBuffer()), typeof r.constructor, r.constructor.name, w.constructor.name);
  console.log('  props', d.readableObjectMode, d.writableObjectMode, d.allowHalfOpen, d.readableFlowing, d.writableCorked);
  d.cork();
  d.write('a');
  console.log('  corked', w.corked, w.bufferedRequestCount, d.writableBuffer.length, w.getBuffer()[0].chunk.toString());
  d.uncork();
  console.log('  Readable.ReadableState', typeof Readable.ReadableState, 'Writable.WritableState', typeof Writable.WritableState);
  done();
});

scenario('end with chunk and callback; writable getters through lifecycle', (done) => {
  const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
  const g = () => `writable=${w.writable} ended=${w.writableEnded} finished=${w.writableFinished} len=${w.writableLength}`;
  console.log('  ', g());
  w.end('last', 'utf8', () => { console.log('  end cb', g()); });
  console.log('  ', g());
  w.on('finish', () => console.log('  finish', g()));
  w.on('close', () => { console.log('  close', g(), w.closed); done(); });
});

scenario('read in end listener and readable after end', (done) => {
  const r = new Readable({ read() {} });
  r.push(null);
  r.on('end', () => { console.log('  end; read()', r.read()); setImmediate(() => { r.on('readable', () => console.log('  never')); console.log('  listening', r._readableState.readableListening); done(); }); });
  r.resume();
});

scenario('pipe from ended readable', (done) => {
  const r = new Readable({ read() {} });
  r.push(null);
  r.resume();
  r.on('end', () => {
    const w = new PassThrough();
    trace('w', w, ['finish', 'pipe']);
    r.pipe(w);
    w.resume();
    w.on('finish', () => setImmediate(done));
  });
});

scenario('writev with callbacks and allNoop', (done) => {
  const w = new Writable({
    writev(chunks, cb) { console.log('  writev', chunks.length, chunks.allBuffers); setImmediate(cb); },
  });
  w.write('a');
  w.write('b', () => console.log('  cb b'));
  w.write('c', 'hex'.length ? 'latin1' : undefined, () => console.log('  cb c'));
  w.end(() => { console.log('  end cb'); done(); });
});

(async () => {
  for (const [name, fn] of scenarios) {
    console.log(name);
    await new Promise((resolve) => fn(resolve));
    await new Promise((resolve) => setTimeout(resolve, 8));
  }
})();
