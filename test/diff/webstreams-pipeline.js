// stream.pipeline/finished/Duplex.from with web streams: sources, transforms and destinations.
'use strict';
const { pipeline, finished, Readable, Writable, PassThrough, Duplex } = require('stream');
const sp = require('stream/promises');
(async () => {
  const out = [];
  await sp.pipeline(ReadableStream.from(['a', 'b']), new TransformStream({ transform(c, ctl) { ctl.enqueue(c.toUpperCase()); } }),
    new WritableStream({ write(c) { out.push(c); } }));
  console.log(out);
  const out2 = [];
  await sp.pipeline(Readable.from(['x']), new WritableStream({ write(c) { out2.push(c); } }));
  console.log(out2);
  const out3 = [];
  await sp.pipeline(ReadableStream.from(['q', 'r']), new Writable({ objectMode: true, write(c, e, cb) { out3.push(c); cb(); } }));
  console.log(out3);
  await sp.pipeline(new ReadableStream({ start(c) { c.error(new Error('src')); } }), new WritableStream()).catch(e => console.log('err', e.message));
  await sp.pipeline(ReadableStream.from(['z']), async function* (src) { for await (const c of src) yield c + '!'; }, new WritableStream({ write(c) { console.log('gen', c); } }));
  const rs = new ReadableStream({ start(c) { c.close(); } });
  finished(rs, (err) => console.log('finished rs', err));
  const rs2 = new ReadableStream({ start(c) { c.error(new Error('e2')); } });
  finished(rs2, (err) => console.log('finished rs2', err.message));
  await sp.finished(new WritableStream()).catch(e => console.log(e)).then(() => console.log('never?'));
})();
setTimeout(() => {
  const d = Duplex.from(ReadableStream.from(['d1', 'd2']));
  d.toArray().then(a => console.log('duplex from rs', a));
  const got = [];
  const d2 = Duplex.from(new WritableStream({ write(c) { got.push(String(c)); } }));
  d2.end('w', () => console.log('duplex from ws', got));
}, 50);
