'use strict';
// One zlib benchmark case per process over 64 MiB of text-like data:
//   cases.js prepare <dir>       writes data.bin and its gzip/brotli forms (done once, by node)
//   cases.js <case> <dir>        runs the case once and prints "<MiB (or ops) per CPU-second>
//                                <per wall-second> <output bytes>"
// CPU time includes the threadpool threads (process.cpuUsage covers the whole process).
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const kSize = 64 * 1024 * 1024;
const kBrotliQuality = 4;  // quality 11 (the default) runs at ~1 MiB/s: too slow for a bench

// 8 MiB of distinct JSON-ish log lines (xorshift-random fields; gzip shrinks it about 4x),
// repeated: more than brotli's default 4 MiB window, so the repeats do not help it.
function makeData() {
  const words = ['alpha', 'beta', 'gamma', 'delta', 'request', 'response', 'header', 'value',
                 'node', 'zlib', 'stream', 'buffer', 'event', 'loop', 'data', 'chunk', 'error',
                 'timeout', 'socket', 'server', 'client', 'cache', 'index', 'query'];
  let x = 0x9e3779b9;
  const rnd = (n) => {
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    return x % n;
  };
  const block = Buffer.alloc(8 * 1024 * 1024);
  let off = 0;
  while (off < block.length) {
    const line = `{"id":${rnd(1e9)},"user":"${words[rnd(24)]}_${words[rnd(24)]}${rnd(1000)}",` +
      `"score":${rnd(100000) / 1000},"tags":["${words[rnd(24)]}","${words[rnd(24)]}"],` +
      `"ts":${1700000000 + rnd(1e7)},"ok":${rnd(2) ? 'true' : 'false'}}\n`;
    off += block.write(line, off);
  }
  const out = Buffer.alloc(kSize);
  for (let i = 0; i < kSize; i += block.length) block.copy(out, i);
  return out;
}

function streamThrough(stream, input, done) {
  let outBytes = 0;
  stream.on('data', (d) => { outBytes += d.length; });
  stream.on('end', () => done(outBytes));
  let i = 0;
  // Write 64 KiB pieces as the stream drains, like a pipe would.
  (function write() {
    while (i < input.length) {
      const ok = stream.write(input.subarray(i, i + 65536));
      i += 65536;
      if (!ok) return stream.once('drain', write);
    }
    stream.end();
  })();
}

const cases = {
  'gzip stream': (d, done) => streamThrough(zlib.createGzip(), d.bin, done),
  'gunzip stream': (d, done) => streamThrough(zlib.createGunzip(), d.gz, done),
  'gzipSync': (d, done) => done(zlib.gzipSync(d.bin).length),
  'gunzipSync': (d, done) => done(zlib.gunzipSync(d.gz).length),
  'gzip callback level 1': (d, done) => zlib.gzip(d.bin, { level: 1 }, (e, r) => done(r.length)),
  [`brotli q${kBrotliQuality} stream`]: (d, done) => streamThrough(zlib.createBrotliCompress({
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: kBrotliQuality },
  }), d.bin, done),
  'brotli decompress stream': (d, done) => streamThrough(zlib.createBrotliDecompress(), d.br, done),
  'brotliDecompressSync': (d, done) => done(zlib.brotliDecompressSync(d.br).length),
  'crc32': (d, done) => done(zlib.crc32(d.bin)),
  // Many small buffers (per-call overhead, as servers see it): operations per CPU-second.
  'deflateSync 1KiB x20k (ops)': (d, done) => {
    const small = d.bin.subarray(0, 1024);
    let n = 0;
    for (let i = 0; i < 20000; i++) n += zlib.deflateSync(small).length;
    done(n, 20000);
  },
  'inflateSync 1KiB x20k (ops)': (d, done) => {
    const small = zlib.deflateSync(d.bin.subarray(0, 1024));
    let n = 0;
    for (let i = 0; i < 20000; i++) n += zlib.inflateSync(small).length;
    done(n, 20000);
  },
  'gunzip 1KiB callback x5k (ops)': (d, done) => {
    const small = zlib.gzipSync(d.bin.subarray(0, 1024));
    let left = 5000;
    const next = () => zlib.gunzip(small, () => (--left === 0 ? done(0, 5000) : next()));
    next();
  },
};

const [cmd, dir] = process.argv.slice(2);
if (cmd === '--list') {
  process.stdout.write(Object.keys(cases).join('\n') + '\n');
} else if (cmd === 'prepare') {
  const bin = makeData();
  fs.writeFileSync(path.join(dir, 'data.bin'), bin);
  fs.writeFileSync(path.join(dir, 'data.gz'), zlib.gzipSync(bin));
  fs.writeFileSync(path.join(dir, 'data.br'), zlib.brotliCompressSync(bin, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: kBrotliQuality },
  }));
} else {
  const d = {
    bin: fs.readFileSync(path.join(dir, 'data.bin')),
    gz: fs.readFileSync(path.join(dir, 'data.gz')),
    br: fs.readFileSync(path.join(dir, 'data.br')),
  };
  const cpu = () => { const u = process.cpuUsage(); return u.user + u.system; };
  const c0 = cpu();
  const t0 = process.hrtime.bigint();
  cases[cmd](d, (outBytes, units = kSize / (1024 * 1024)) => {
    const cpuSec = (cpu() - c0) / 1e6;
    const wallSec = Number(process.hrtime.bigint() - t0) / 1e9;
    process.stdout.write(`${(units / cpuSec).toFixed(2)} ${(units / wallSec).toFixed(2)} ${outBytes}\n`);
  });
}
