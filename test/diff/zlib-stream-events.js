'use strict';
// The order of stream events, write callbacks and flush callbacks of zlib streams, one scenario
// at a time (consecutive 'data' events logged once): plain compression with small chunks, flushes, a corrupt input, close() and destroy()
// mid-stream, backpressure, and a pipe into the matching decompressor.
const zlib = require('zlib');

const log = [];
function watch(name, s) {
  for (const ev of ['data', 'end', 'finish', 'close', 'error', 'drain', 'prefinish']) {
    s.on(ev, (arg) => {
      let extra = '';
      // Chunk sizes depend on the zlib build (Node bundles Chromium's): log runs of 'data'.
      if (ev === 'data' && log[log.length - 1] === `${name}:data`) return;
      if (ev === 'error') extra = ` ${arg.code} ${arg.message}`;
      log.push(`${name}:${ev}${extra}`);
    });
  }
  return s;
}

const text = Buffer.from('All work and no play makes Jack a dull boy. '.repeat(3000));
const packed = zlib.gzipSync(text);

const scenarios = [
  function plain(done) {
    const s = watch('gzip', zlib.createGzip({ chunkSize: 1024, level: 1 }));
    s.write(text.subarray(0, 50000), () => log.push('gzip:write1 cb'));
    s.write(text.subarray(50000), () => log.push('gzip:write2 cb'));
    s.end(() => log.push('gzip:end cb'));
    s.on('close', done);
  },
  function flushes(done) {
    const s = watch('deflate', zlib.createDeflate());
    s.write('abc', () => log.push('deflate:write cb'));
    s.flush(zlib.constants.Z_SYNC_FLUSH, () => log.push('deflate:flush1 cb'));
    s.write('def');
    s.flush(() => {
      log.push('deflate:flush2 cb');
      s.end('ghi');
      s.flush(() => log.push('deflate:flush-after-end cb'));
    });
    s.on('close', done);
  },
  function corrupt(done) {
    const s = watch('gunzip', zlib.createGunzip());
    s.write(packed.subarray(0, 100), (err) => log.push(`gunzip:write1 cb ${err ? err.code : 'ok'}`));
    const bad = Buffer.from(packed.subarray(100, 400));
    bad.fill(0x55, 0, 50);
    s.write(bad, (err) => log.push(`gunzip:write2 cb ${err ? err.code : 'ok'}`));
    s.end();
    s.on('close', done);
  },
  function truncated(done) {
    const s = watch('inflate', zlib.createInflate());
    s.end(zlib.deflateSync(text).subarray(0, 200));
    s.on('close', done);
  },
  function closeMidStream(done) {
    // The write in flight still completes (its callback runs after 'close').
    const s = watch('brotli', zlib.createBrotliCompress());
    let left = 2;
    s.write(text, () => {
      log.push('brotli:write cb');
      if (--left === 0) done();
    });
    s.close(() => log.push('brotli:close cb'));
    s.on('close', () => setImmediate(() => { if (--left === 0) done(); }));
  },
  function destroyOnData(done) {
    const s = watch('unzip', zlib.createUnzip({ chunkSize: 4096 }));
    let n = 0;
    s.on('data', () => { if (++n === 3) s.destroy(); });
    s.end(packed);
    s.on('close', done);
  },
  function backpressure(done) {
    const s = watch('gunzip2', zlib.createGunzip({ chunkSize: 1024 }));
    let ok = true;
    let writes = 0;
    for (let i = 0; i < packed.length && ok; i += 64) {
      ok = s.write(packed.subarray(i, i + 64));
      writes++;
    }
    log.push(`gunzip2:writes ${writes} ok=${ok}`);
    s.on('drain', () => {
      s.end();
      s.resume();
    });
    setImmediate(() => { if (ok) { s.end(); s.resume(); } });
    s.on('close', done);
  },
  function pipe(done) {
    // Two streams work on the threadpool at once: their events interleave by timing, so each
    // stream's own order is printed separately.
    const a = watch('zc', zlib.createZstdCompress());
    const b = watch('zd', zlib.createZstdDecompress());
    let total = 0;
    b.on('data', (d) => { total += d.length; });
    b.on('end', () => log.push(`zd:total ${total}`));
    a.pipe(b);
    a.end(text);
    b.on('close', () => {
      const mine = log.filter((l) => l.startsWith('zc:'));
      const theirs = log.filter((l) => !l.startsWith('zc:'));
      log.length = 0;
      for (const l of [...mine, ...theirs]) if (l !== log[log.length - 1]) log.push(l);
      done();
    });
  },
];

let i = 0;
function next() {
  if (i > 0) {
    console.log(`-- ${scenarios[i - 1].name}`);
    console.log(log.join('\n'));
    log.length = 0;
  }
  if (i === scenarios.length) return;
  scenarios[i++](next);
}
next();
