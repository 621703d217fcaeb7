'use strict';
// Writable, Duplex, Transform: event order for write/drain/cork/writev/final/construct/destroy/end.
const { Writable, Duplex, Transform, PassThrough, Readable } = require('stream');

const scenarios = [];
function scenario(name, fn) { scenarios.push([name, fn]); }
function show(v) {
  if (v === null || v === undefined) return String(v);
  if (Buffer.isBuffer(v)) return `<Buffer ${v.toString('hex')}>`;
  if (v instanceof Error) return `${v.name}[${v.code}]: ${v.message}`;
  if (Array.isArray(v)) return '[' + v.map(show).join(',') + ']';
  if (typeof v === 'string') return JSON.stringify(v);
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}
function trace(tag, s, events = ['drain', 'prefinish', 'finish', 'close', 'error', 'pipe', 'unpipe']) {
  for (const ev of events) s.on(ev, (...a) => console.log(`  ${tag} ${ev}`, ...a.filter((x) => !(x instanceof Readable)).map(show)));
  return s;
}
function ws(w) {
  const s = w._writableState;
  return `len=${s.length} needDrain=${s.needDrain} ending=${s.ending} ended=${s.ended} finished=${s.finished} ` +
    `writing=${s.writing} corked=${s.corked} pendingcb=${s.pendingcb} hwm=${s.highWaterMark} ` +
    `writable=${w.writable} writableEnded=${w.writableEnded} writableFinished=${w.writableFinished} ` +
    `needDrainProp=${w.writableNeedDrain} destroyed=${w.destroyed} closed=${w.closed} aborted=${w.writableAborted}`;
}

scenario('sync writes, backpressure, drain', (done) => {
  const w = new Writable({ highWaterMark: 5, write(c, e, cb) { console.log('  _write', show(c), e); cb(); } });
  trace('w', w).on('close', done);
  console.log('  write1', w.write('abc', () => console.log('  cb1')));
  console.log('  write2', w.write('defghi', () => console.log('  cb2')));
  console.log('  ', ws(w));
  w.on('drain', () => { console.log('  ', ws(w)); w.end(); });
  if (!w.writableNeedDrain) w.end();
});

scenario('async writes buffered', (done) => {
  const w = new Writable({ highWaterMark: 3, write(c, e, cb) { console.log('  _write', show(c)); setTimeout(cb, 1); } });
  trace('w', w).on('close', done);
  for (const x of ['a', 'bb', 'c', 'dd']) console.log('  write', x, w.write(x, (err) => console.log('  cb', x, show(err))));
  console.log('  ', ws(w), 'buffered', w.writableBuffer.length);
  w.end('e', (err) => console.log('  end cb', show(err)));
  console.log('  ', ws(w));
});

scenario('cork and writev', (done) => {
  const w = new Writable({
    write(c, e, cb) { console.log('  _write', show(c)); cb(); },
    writev(chunks, cb) { console.log('  _writev', chunks.length, chunks.map((x) => show(x.chunk) + ':' + x.encoding).join(' '), chunks.allBuffers); cb(); },
  });
  trace('w', w).on('close', done);
  w.cork();
  w.write('a');
  w.write(Buffer.from('b'));
  w.write('c', 'latin1', () => console.log('  cb c'));
  console.log('  corked', w.writableCorked);
  process.nextTick(() => { w.uncork(); console.log('  ', ws(w)); w.end(); });
  if (!w.writableNeedDrain) w.end();
});

scenario('decodeStrings false and default encoding', (done) => {
  const w = new Writable({ decodeStrings: false, defaultEncoding: 'hex', write(c, e, cb) { console.log('  _write', show(c), e); cb(); } });
  trace('w', w).on('close', done);
  w.write('ff');
  w.write('x', 'utf8');
  w.setDefaultEncoding('base64');
  w.write('QQ==');
  w.end();
});

scenario('final', (done) => {
  const w = new Writable({
    write(c, e, cb) { cb(); },
    final(cb) { console.log('  _final', ws(w)); setTimeout(() => { console.log('  final done'); cb(); }, 2); },
  });
  trace('w', w).on('close', done);
  w.write('x');
  w.end(() => console.log('  end cb'));
});

scenario('final error', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(new Error('final failed')); } });
  trace('w', w).on('close', () => { console.log('  ', ws(w)); done(); });
  w.end((err) => console.log('  end cb', show(err)));
});

scenario('write error async', (done) => {
  const w = new Writable({ write(c, e, cb) { setTimeout(() => cb(new Error('wfail')), 1); } });
  trace('w', w).on('close', () => { console.log('  ', ws(w)); done(); });
  w.write('a', (err) => console.log('  cb a', show(err)));
  w.write('b', (err) => console.log('  cb b', show(err)));
  w.end((err) => console.log('  end cb', show(err)));
});

scenario('write error sync', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(new Error('sfail')); } });
  trace('w', w).on('close', done);
  console.log('  write ret', w.write('a', (err) => console.log('  cb a', show(err))));
  console.log('  errored', show(w.errored), 'writable', w.writable);
});

scenario('write after end', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  trace('w', w).on('close', done);
  w.end();
  console.log('  write ret', w.write('late', (err) => console.log('  cb', show(err))));
});

scenario('end twice and after finish', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  trace('w', w);
  w.end();
  w.end((err) => console.log('  second end cb', show(err)));
  w.on('close', () => { w.end((err) => { console.log('  late end cb', show(err)); done(); }); });
});

scenario('write null and bad chunk', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  for (const v of [null, 1, {}, undefined]) {
    try { w.write(v); } catch (e) { console.log('  ', show(e)); }
  }
  try { w.write('a', 'nope'); } catch (e) { console.log('  ', show(e)); }
  const o = new Writable({ objectMode: true, write(c, e, cb) { console.log('  obj', show(c), e); cb(); } });
  o.write(1); o.write({ a: 1 }); o.write(undefined);
  try { o.write(null); } catch (e) { console.log('  ', show(e)); }
  o.end(done);
});

scenario('destroy with pending writes', (done) => {
  const w = new Writable({ write(c, e, cb) { setTimeout(cb, 5); } });
  trace('w', w).on('close', () => { console.log('  ', ws(w)); done(); });
  w.write('a', (err) => console.log('  cb a', show(err)));
  w.write('b', (err) => console.log('  cb b', show(err)));
  w.end((err) => console.log('  end cb', show(err)));
  w.destroy(new Error('kill'));
  console.log('  ', ws(w));
});

scenario('destroy callback and _destroy', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); }, destroy(err, cb) { console.log('  _destroy', show(err)); setTimeout(() => cb(err), 1); } });
  trace('w', w);
  w.destroy(null, (err) => console.log('  destroy cb', show(err)));
  w.on('close', done);
});

scenario('destroy error in _destroy', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); }, destroy(err, cb) { cb(new Error('from _destroy')); } });
  trace('w', w).on('close', done);
  w.destroy();
});

scenario('construct delays writes', (done) => {
  const w = new Writable({
    construct(cb) { console.log('  construct'); setTimeout(() => { console.log('  constructed'); cb(); }, 2); },
    write(c, e, cb) { console.log('  _write', show(c)); cb(); },
    final(cb) { console.log('  _final'); cb(); },
  });
  trace('w', w).on('close', done);
  console.log('  write', w.write('a'));
  w.end('b');
});

scenario('emitClose false, autoDestroy false', (done) => {
  const w = new Writable({ emitClose: false, autoDestroy: false, write(c, e, cb) { cb(); } });
  trace('w', w);
  w.end('x');
  w.on('finish', () => setTimeout(() => { console.log('  ', ws(w)); w.destroy(); setTimeout(() => { console.log('  ', ws(w)); done(); }, 2); }, 2));
});

scenario('hwm 0 and objectMode hwm', (done) => {
  const w = new Writable({ highWaterMark: 0, write(c, e, cb) { cb(); } });
  console.log('  hwm0 write', w.write('a'));
  const o = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
  console.log('  obj hwm', o.writableHighWaterMark, o.writableObjectMode);
  try { new Writable({ highWaterMark: -1 }); } catch (e) { console.log('  ', show(e)); }
  try { new Writable({ highWaterMark: 1.5 }); } catch (e) { console.log('  ', show(e)); }
  try { new Duplex({ readableHighWaterMark: 'x' }); } catch (e) { console.log('  ', show(e)); }
  const d = new Duplex({ readableHighWaterMark: 7, writableHighWaterMark: 9, read() {}, write(c, e, cb) { cb(); } });
  console.log('  duplex', d.readableHighWaterMark, d.writableHighWaterMark);
  w.on('drain', () => console.log('  drain'));
  setTimeout(done, 2);
});

scenario('duplex end and finish order', (done) => {
  const d = new Duplex({ read() {}, write(c, e, cb) { console.log('  _write', show(c)); cb(); } });
  trace('d', d, ['end', 'finish', 'prefinish', 'close', 'error']).on('close', done);
  d.resume();
  d.write('w');
  d.end();
  setTimeout(() => d.push(null), 2);
});

scenario('duplex allowHalfOpen false', (done) => {
  const d = new Duplex({ allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); } });
  trace('d', d, ['end', 'finish', 'prefinish', 'close', 'error']).on('close', done);
  d.resume();
  d.push(null);
});

scenario('duplex readable false writable false', (done) => {
  const d = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  console.log('  readable', d.readable, 'writable', d.writable, d.readableEnded);
  trace('d', d, ['end', 'finish', 'close']).on('close', done);
  d.end('x');
});

scenario('transform', (done) => {
  const t = new Transform({
    transform(c, e, cb) { cb(null, c.toString().toUpperCase()); },
    flush(cb) { console.log('  _flush'); cb(null, '!'); },
  });
  trace('t', t, ['data', 'end', 'prefinish', 'finish', 'close', 'error']).on('close', done);
  t.write('ab');
  t.write('cd');
  t.end('e');
});

scenario('transform push multiple and errors', (done) => {
  const t = new Transform({ objectMode: true, transform(c, e, cb) { if (c === 3) return cb(new Error('three')); this.push(c); this.push(c * 10); cb(); } });
  trace('t', t, ['data', 'end', 'finish', 'close', 'error']).on('close', done);
  t.write(1); t.write(2); t.write(3); t.write(4);
});

scenario('transform backpressure', (done) => {
  let n = 0;
  const t = new Transform({ highWaterMark: 2, transform(c, e, cb) { n++; console.log('  _transform', show(c)); cb(null, c); } });
  for (const x of ['a', 'b', 'c', 'd']) console.log('  write', x, t.write(x), t.readableLength, t.writableLength);
  setTimeout(() => {
    console.log('  before read', n);
    t.on('data', (d) => console.log('  data', show(d)));
    t.on('end', () => console.log('  end'));
    t.on('close', done);
    t.end();
  }, 2);
});

scenario('passthrough and no _transform', (done) => {
  const p = new PassThrough();
  p.on('data', (d) => console.log('  data', show(d)));
  p.end('through');
  const t = new Transform();
  try { t.write('x'); } catch (e) { console.log('  thrown', show(e)); }
  p.on('close', done);
});

scenario('write cb args and instanceof', (done) => {
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  console.log('  duplex instanceof Writable', d instanceof Writable, 'Readable', d instanceof Readable);
  console.log('  transform instanceof Writable', new PassThrough() instanceof Writable);
  console.log('  plain', {} instanceof Writable);
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.write('a', function(...args) { console.log('  cb args', args.length, show(args[0])); w.end(done); });
});

(async () => {
  for (const [name, fn] of scenarios) {
    console.log(name);
    await new Promise((resolve) => fn(resolve));
    await new Promise((resolve) => setTimeout(resolve, 8));
  }
})();
