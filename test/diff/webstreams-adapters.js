// Readable/Writable/Duplex .toWeb() and .fromWeb(): data, events, errors and argument errors.
'use strict';
const { Readable, Writable, Duplex, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
(async () => {
  const r = Readable.from(['a', 'b', 'c']);
  const rs = Readable.toWeb(r);
  log(rs);
  for await (const c of rs) log('chunk', c);
  const r2 = new Readable({ read() {} });
  r2.push(Buffer.from('xy')); r2.push(null);
  for await (const c of Readable.toWeb(r2)) log('chunk2', c);
  const r3 = new Readable({ read() {} }); const rs3 = Readable.toWeb(r3); r3.destroy(new Error('boom'));
  await rs3.getReader().read().catch(e => log('r3', e.message));
  const r4 = new Readable({ read() {} }); const rs4 = Readable.toWeb(r4); r4.on('close', () => log('r4 close', r4.destroyed)); await rs4.cancel('why');

  const fr = Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue('p'); c.enqueue('q'); c.close(); } }), { objectMode: true });
  const events = [];
  for (const e of ['end', 'close', 'error']) fr.on(e, () => events.push(e));
  for await (const c of fr) log('fromWeb', c);
  await new Promise(setImmediate); log(events);
  const fr2 = Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue(new Uint8Array([65, 66])); c.close(); } }), { encoding: 'utf8' });
  for await (const c of fr2) log('fromWeb2', c);
  const fr3 = Readable.fromWeb(new ReadableStream({ start(c) { c.error(new Error('bad')); } }));
  fr3.on('error', e => log('fr3 error', e.message)); fr3.on('close', () => log('fr3 close')); fr3.resume();
  await new Promise(setImmediate);

  const out = [];
  const w = new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } });
  const ws = Writable.toWeb(w);
  log(ws);
  const wr = ws.getWriter(); await wr.write('1'); await wr.write(new Uint8Array([50])); await wr.close(); log('out', out, w.writableFinished);
  const w2 = new Writable({ write(c, e, cb) { cb(new Error('wfail')); } });
  w2.on('error', () => {});
  const wr2 = Writable.toWeb(w2).getWriter(); await wr2.write('x').catch(e => log('w2', e.message)); await wr2.closed.catch(e => log('w2 closed', e.message));

  const got = [];
  const fw = Writable.fromWeb(new WritableStream({ write(c) { got.push(c); }, close() { log('ws close') } }));
  fw.write('hello'); fw.end('!', () => log('fw end cb', got.map(String)));
  fw.on('finish', () => log('fw finish')); fw.on('close', () => log('fw close'));
  await new Promise(r => fw.on('close', r));
  const fw2 = Writable.fromWeb(new WritableStream({ write() { throw new Error('nope'); } }));
  fw2.on('error', e => log('fw2 error', e.message)); fw2.write('a');
  await new Promise(r => fw2.on('close', r));

  const pt = new PassThrough();
  const { readable, writable } = Duplex.toWeb(pt);
  const pw = writable.getWriter(); pw.write('zz'); pw.close();
  for await (const c of readable) log('duplex', c);
  const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue(String(c).toUpperCase()); } });
  const d = Duplex.fromWeb(ts, { encoding: 'utf8' });
  d.end('abc');
  for await (const c of d) log('fromWeb duplex', c);
  try { Readable.toWeb({}) } catch (e) { log(e.code, e.message) }
  try { Readable.fromWeb({}) } catch (e) { log(e.code, e.message) }
  try { Writable.fromWeb({}) } catch (e) { log(e.code, e.message) }
  try { Writable.toWeb({}) } catch (e) { log(e.code, e.message) }
  try { Duplex.fromWeb({}) } catch (e) { log(e.code, e.message) }
  try { Duplex.toWeb({}) } catch (e) { log(e.code, e.message) }
  const { text } = require('stream/consumers');
  log(await text(Readable.toWeb(Readable.from(['t', 'x']))));
})();
