'use strict';
// Readable: event order for push/read/pause/resume/'readable'/setEncoding/unshift/destroy scenarios.
const { Readable } = require('stream');

const scenarios = [];
function scenario(name, fn) { scenarios.push([name, fn]); }
function show(v) {
  if (v === null || v === undefined) return String(v);
  if (Buffer.isBuffer(v)) return `<Buffer ${v.toString('hex')}>`;
  if (v instanceof Error) return `${v.name}[${v.code}]: ${v.message}`;
  if (typeof v === 'string') return JSON.stringify(v);
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}
function trace(tag, s, events = ['data', 'end', 'close', 'error', 'pause', 'resume']) {
  for (const ev of events) s.on(ev, (...a) => console.log(`  ${tag} ${ev}`, ...a.map(show)));
  return s;
}
function st(r) {
  const s = r._readableState;
  return `len=${s.length} flowing=${s.flowing} ended=${s.ended} endEmitted=${s.endEmitted} ` +
    `reading=${s.reading} needReadable=${s.needReadable} hwm=${s.highWaterMark} destroyed=${r.destroyed} ` +
    `readable=${r.readable} readableEnded=${r.readableEnded} didRead=${r.readableDidRead} aborted=${r.readableAborted}`;
}

scenario('push sync then data', (done) => {
  const r = new Readable({ read() {} });
  trace('r', r).on('close', done);
  console.log('  push a', r.push('a'));
  console.log('  push b', r.push('b'));
  r.push(null);
  console.log('  ', st(r));
});

scenario('read() driven with readable', (done) => {
  let i = 0;
  const r = new Readable({ highWaterMark: 4, read(n) { console.log('  _read', n); i++; if (i <= 3) this.push('xy' + i); else this.push(null); } });
  r.on('readable', () => { let c; console.log('  readable', st(r)); while ((c = r.read()) !== null) console.log('  got', show(c)); });
  r.on('end', () => console.log('  end'));
  r.on('close', () => { console.log('  close'); done(); });
});

scenario('read(n) partial and read past end', (done) => {
  const r = new Readable({ read() {} });
  r.push('abcdef');
  r.push('ghi');
  r.push(null);
  r.once('readable', () => {
    console.log('  read(2)', show(r.read(2)));
    console.log('  read(5)', show(r.read(5)));
    console.log('  read(10)', show(r.read(10)));
    console.log('  read()', show(r.read()));
    console.log('  ', st(r));
  });
  r.on('end', () => console.log('  end'));
  r.on('close', () => { console.log('  close'); done(); });
});

scenario('setEncoding utf8 split multibyte', (done) => {
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  trace('r', r, ['data', 'end', 'close']).on('close', done);
  const b = Buffer.from('h\u00e9\u20ac!');
  r.push(b.slice(0, 2));
  r.push(b.slice(2, 4));
  r.push(b.slice(4));
  r.push(null);
  console.log('  encoding', r.readableEncoding);
});

scenario('objectMode hwm and push return', (done) => {
  const r = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
  console.log('  push1', r.push({ a: 1 }), 'push2', r.push(2), 'push3', r.push('x'));
  console.log('  ', st(r));
  trace('r', r, ['data', 'end', 'close']).on('close', done);
  r.push(null);
});

scenario('pause and resume', (done) => {
  const r = new Readable({ read() {} });
  trace('r', r);
  r.on('close', done);
  r.on('data', (d) => { if (d.toString() === 'b') { r.pause(); console.log('  paused', r.isPaused(), r.readableFlowing); setTimeout(() => r.resume(), 5); } });
  r.push('a'); r.push('b'); r.push('c'); r.push(null);
});

scenario('unshift', (done) => {
  const r = new Readable({ read() {} });
  r.push('world');
  r.once('readable', () => {
    const c = r.read();
    console.log('  read', show(c));
    r.unshift(Buffer.from('hello '));
    console.log('  after unshift', r.readableLength);
    r.push(null);
    r.on('data', (d) => console.log('  data', show(d)));
  });
  r.on('end', () => console.log('  end'));
  r.on('close', () => { console.log('  close'); done(); });
});

scenario('destroy with error', (done) => {
  const r = new Readable({ read() {} });
  trace('r', r);
  r.push('a');
  r.destroy(new Error('boom'));
  console.log('  ', st(r), 'errored', show(r.errored));
  r.on('close', () => { console.log('  after close', st(r)); done(); });
});

scenario('destroy without error', (done) => {
  const r = new Readable({ read() {} });
  trace('r', r);
  r.destroy();
  console.log('  destroy again returns self', r.destroy() === r);
  r.on('close', () => { console.log('  closed', r.closed, st(r)); done(); });
});

scenario('push after EOF', (done) => {
  const r = new Readable({ read() {} });
  trace('r', r, ['error', 'close', 'end']);
  r.push(null);
  r.push('x');
  r.on('close', done);
});

scenario('invalid chunk', (done) => {
  const r = new Readable({ read() {} });
  trace('r', r, ['error', 'close']);
  r.push(42);
  r.on('close', done);
});

scenario('_read throws', (done) => {
  const r = new Readable({ read() { throw new Error('read failed'); } });
  trace('r', r, ['error', 'close', 'data']);
  r.resume();
  r.on('close', done);
});

scenario('_read not implemented', (done) => {
  const r = new Readable();
  trace('r', r, ['error', 'close']);
  r.read();
  r.on('close', done);
});

scenario('autoDestroy false, emitClose false', (done) => {
  const r = new Readable({ autoDestroy: false, emitClose: false, read() {} });
  trace('r', r);
  r.push('z');
  r.push(null);
  r.resume();
  r.on('end', () => setTimeout(() => { console.log('  ', st(r)); done(); }, 5));
});

scenario('readable and data both', (done) => {
  const r = new Readable({ read() {} });
  r.on('readable', () => { console.log('  readable'); let c; while ((c = r.read()) !== null) console.log('  read', show(c)); });
  r.on('data', (d) => console.log('  data', show(d)));
  r.on('end', () => console.log('  end'));
  r.on('close', () => { console.log('  close'); done(); });
  r.push('1'); r.push('2');
  setTimeout(() => { r.push('3'); r.push(null); }, 2);
});

scenario('remove readable listener resumes data', (done) => {
  const r = new Readable({ read() {} });
  const onr = () => {};
  r.on('readable', onr);
  r.on('data', (d) => console.log('  data', show(d)));
  console.log('  flowing', r.readableFlowing);
  r.removeListener('readable', onr);
  r.push('q');
  setTimeout(() => { console.log('  flowing', r.readableFlowing); r.push(null); }, 2);
  r.on('end', () => console.log('  end'));
  r.on('close', () => { console.log('  close'); done(); });
});

scenario('read(0) and hwm growth', (done) => {
  const r = new Readable({ highWaterMark: 2, read() {} });
  r.push('abcdefghij');
  console.log('  read(7)', show(r.read(7)), 'hwm', r.readableHighWaterMark);
  console.log('  read(0)', r.read(0));
  r.push(null);
  r.resume();
  r.on('data', (d) => console.log('  data', show(d)));
  r.on('close', () => { console.log('  close'); done(); });
});

scenario('construct', (done) => {
  const r = new Readable({
    construct(cb) { console.log('  construct'); setTimeout(() => { console.log('  constructed'); cb(); }, 2); },
    read() { console.log('  _read'); this.push('c'); this.push(null); },
  });
  trace('r', r, ['data', 'end', 'close']);
  r.on('close', done);
});

scenario('construct error', (done) => {
  const r = new Readable({ construct(cb) { cb(new Error('nope')); }, read() {} });
  trace('r', r, ['error', 'close']);
  r.on('close', done);
});

scenario('async iteration', (done) => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1); r.push(2); r.push(null);
  (async () => {
    for await (const x of r) console.log('  item', x);
    console.log('  loop done destroyed', r.destroyed);
  })().then(done);
});

scenario('async iteration break destroys', (done) => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1); r.push(2);
  trace('r', r, ['close', 'error']);
  (async () => {
    for await (const x of r) { console.log('  item', x); break; }
    console.log('  destroyed', r.destroyed);
  })().then(() => setTimeout(done, 2));
});

scenario('async iteration error', (done) => {
  const r = new Readable({ read() {} });
  (async () => {
    try { for await (const x of r) console.log('  item', show(x)); } catch (e) { console.log('  caught', show(e)); }
  })().then(done);
  r.push('a');
  setTimeout(() => r.destroy(new Error('mid')), 2);
});

scenario('Readable.from', (done) => {
  const r = Readable.from(['a', 'b', 'c']);
  console.log('  objectMode', r.readableObjectMode, 'hwm', r.readableHighWaterMark);
  trace('r', r, ['data', 'end', 'close']).on('close', done);
});

scenario('Readable.from string and async generator', (done) => {
  const r = Readable.from('whole');
  r.on('data', (d) => console.log('  data', show(d)));
  r.on('end', () => {
    async function* g() { yield 1; await null; yield 2; }
    const r2 = Readable.from(g());
    r2.on('data', (d) => console.log('  gen', d));
    r2.on('close', done);
  });
});

scenario('Readable.from errors', (done) => {
  try { Readable.from(1); } catch (e) { console.log('  ', show(e)); }
  const r = Readable.from([1, null]);
  trace('r', r, ['data', 'error', 'close']).on('close', done);
});

(async () => {
  for (const [name, fn] of scenarios) {
    console.log(name);
    await new Promise((resolve) => fn(resolve));
    await new Promise((resolve) => setTimeout(resolve, 3));
  }
})();
