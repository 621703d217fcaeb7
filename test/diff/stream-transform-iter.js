'use strict';
// Transform buffering (readableHighWaterMark 0, async pushes, object modes), re-entrant ends and
// destroys, and how async iteration ends on destroy, premature close and errors.
const { Readable, Writable, Transform, PassThrough, finished } = require('stream');

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

scenario('transform readableHighWaterMark 0', (done) => {
  const t = new Transform({ readableHighWaterMark: 0, transform(c, e, cb) { console.log('  _transform', show(c)); cb(null, c); } });
  console.log('  hwm', t.readableHighWaterMark, t.writableHighWaterMark);
  for (const x of ['a', 'b', 'c']) console.log('  write', x, t.write(x), t.readableLength, t.writableLength);
  setImmediate(() => {
    t.on('data', (d) => console.log('  data', show(d)));
    t.on('end', () => { console.log('  end'); done(); });
    t.end();
  });
});

scenario('transform async push and split objects', (done) => {
  const t = new Transform({
    readableObjectMode: true,
    transform(c, e, cb) { const parts = c.toString().split(','); setImmediate(() => { for (const p of parts) this.push(p); cb(); }); },
    flush(cb) { setImmediate(() => cb(null, 'flushed')); },
  });
  console.log('  modes', t.readableObjectMode, t.writableObjectMode);
  trace('t', t, ['data', 'prefinish', 'finish', 'end', 'close']);
  t.write('a,b');
  t.end('c');
  t.on('close', done);
});

scenario('transform callback twice', (done) => {
  const t = new Transform({ transform(c, e, cb) { cb(); cb(); } });
  trace('t', t, ['error', 'close']);
  t.write('x');
  t.on('close', done);
});

scenario('write callback twice', (done) => {
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  trace('w', w, ['error', 'close']);
  w.write('x');
  w.on('close', done);
});

scenario('end inside finish and destroy inside write cb', (done) => {
  const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
  trace('w', w, ['finish', 'close', 'error']);
  w.on('finish', () => w.end((err) => console.log('  end in finish cb', show(err))));
  w.end('x');
  w.on('close', () => {
    const w2 = new Writable({ write(c, e, cb) { setImmediate(cb); } });
    trace('w2', w2, ['finish', 'close', 'error']);
    w2.write('a', () => { console.log('  a cb'); w2.destroy(); });
    w2.write('b', (err) => console.log('  b cb', show(err)));
    w2.on('close', done);
  });
});

scenario('no _write', (done) => {
  const w = new Writable();
  try { w.end('x'); } catch (e) { console.log('  thrown', show(e)); }
  console.log('  ', w.writableLength, w.writableEnded);
  done();
});

scenario('iterate destroyed without error', (done) => {
  const r = new Readable({ read() {} });
  r.push('a');
  (async () => {
    try {
      for await (const c of r) { console.log('  chunk', show(c)); setImmediate(() => r.destroy()); }
      console.log('  loop ended');
    } catch (e) { console.log('  caught', show(e)); }
  })().then(done);
});

scenario('iterate premature close of a never-ending stream', (done) => {
  const r = new Readable({ read() {}, autoDestroy: false });
  (async () => {
    try { for await (const c of r) console.log('  chunk', show(c)); console.log('  loop ended'); } catch (e) { console.log('  caught', show(e)); }
  })().then(done);
  setImmediate(() => r.emit('close'));
});

scenario('iterate already ended and errored', (done) => {
  const r = new Readable({ read() {} });
  r.push(null);
  r.resume();
  r.on('close', async () => {
    const got = [];
    for await (const c of r) got.push(c);
    console.log('  after end', got.length);
    const e = new Readable({ read() {} });
    e.on('error', () => {});
    e.destroy(new Error('pre'));
    try { for await (const c of e) console.log(c); console.log('  no throw'); } catch (err) { console.log('  caught', show(err)); }
    done();
  });
});

scenario('iterator return and throw', (done) => {
  const r = Readable.from([1, 2, 3]);
  const it = r[Symbol.asyncIterator]();
  (async () => {
    console.log('  next', JSON.stringify(await it.next()));
    console.log('  return', JSON.stringify(await it.return()));
    console.log('  destroyed', r.destroyed);
    console.log('  next after', JSON.stringify(await it.next()));
    const r2 = Readable.from([1, 2, 3]);
    const it2 = r2.iterator();
    await it2.next();
    try { await it2.throw(new Error('thrown in')); } catch (e) { console.log('  throw rejects', show(e)); }
    console.log('  destroyed2', r2.destroyed);
  })().then(done);
});

scenario('finished on errored and ended streams', (done) => {
  const r = new Readable({ read() {} });
  r.on('error', () => {});
  r.destroy(new Error('early'));
  r.on('close', () => {
    finished(r, (err) => {
      console.log('  finished errored', show(err));
      const p = new PassThrough();
      p.end('x');
      p.resume();
      p.on('close', () => finished(p, (err2) => { console.log('  finished closed', show(err2)); done(); }));
    });
  });
});

scenario('writable construct with destroy before it finishes', (done) => {
  const w = new Writable({
    construct(cb) { setImmediate(() => { console.log('  construct cb'); cb(); }); },
    write(c, e, cb) { console.log('  _write'); cb(); },
    destroy(err, cb) { console.log('  _destroy', show(err)); cb(err); },
  });
  trace('w', w, ['error', 'close', 'finish']);
  w.write('x', (err) => console.log('  write cb', show(err)));
  w.destroy(new Error('early destroy'));
  w.on('close', done);
});

(async () => {
  for (const [name, fn] of scenarios) {
    console.log(name);
    await new Promise((resolve) => fn(resolve));
    await new Promise((resolve) => setTimeout(resolve, 8));
  }
})();
