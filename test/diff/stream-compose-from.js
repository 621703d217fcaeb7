'use strict';
// Duplex.from over streams, iterables, promises, pairs and generator functions; compose and readable.compose.
const { Duplex, Readable, Writable, PassThrough, Transform, compose, pipeline } = require('stream');
const show = (e) => e instanceof Error ? `${e.name} ${e.code} ${e.message}` : JSON.stringify(e);
(async () => {
  const up = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
  const ex = new Transform({ transform(c, e, cb) { cb(null, c + '!'); } });
  const c = compose(up, ex);
  console.log(c instanceof Duplex, c.readable, c.writable);
  c.end('hello');
  console.log(await c.toArray().then((a) => a.map(String)));
  const g = compose(async function* (src) { for await (const x of src) yield String(x).repeat(2); }, new PassThrough({ objectMode: true }));
  const out = typeof Readable.prototype.compose + Readable.prototype.compose.length;
  console.log(out);
  g.write('x'); g.end('y');
  console.log(await g.toArray());
  const fromIt = Duplex.from(['p', 'q']);
  console.log(fromIt.readable, fromIt.writable, await fromIt.toArray());
  const fromStr = Duplex.from('str');
  console.log(await fromStr.toArray());
  const fromP = Duplex.from(Promise.resolve('pv'));
  console.log(await fromP.toArray());
  const r = new Readable({ read() {} }); r.push('rr'); r.push(null);
  const dr = Duplex.from(r);
  console.log(dr === r, dr.readable);
  const pair = Duplex.from({ readable: Readable.from(['from pair']), writable: new Writable({ write(c, e, cb) { console.log('pair write', String(c)); cb(); } }) });
  pair.end('w1');
  console.log(await pair.toArray());
  const gen = Duplex.from(async function* (source) { for await (const chunk of source) yield String(chunk).toUpperCase(); });
  gen.write('lower'); gen.end();
  console.log(await gen.toArray());
  const sink = Duplex.from(async function (source) { for await (const chunk of source) console.log('sink got', String(chunk)); });
  sink.end('to sink');
  await new Promise((r) => sink.on('finish', r));
  console.log('sink finished', sink.readable);
  for (const bad of [() => Duplex.from(5), () => compose(), () => compose(new Writable({write(){}}), new PassThrough())]) {
    try { bad(); console.log('no throw'); } catch (e) { console.log(show(e)); }
  }
  const err = compose(new PassThrough(), new Transform({ transform(c, e, cb) { cb(new Error('t fail')); } }));
  err.on('error', (e) => console.log('compose error', show(e)));
  err.on('close', () => console.log('compose close'));
  err.write('x');
  await new Promise((r) => err.on('close', r));
})().then(async () => {
  try { compose(new Writable({ write() {} }), new PassThrough()); } catch (e) { console.log(e.code, e.message.split('.')[0]); }
  const viaMethod = Readable.from(['m1', 'm2']).compose(async function* (src) { for await (const x of src) yield x + '>'; });
  console.log(await viaMethod.toArray());
});
