'use strict';
// One crypto benchmark case per process:
//   cases.js --list          prints the case names
//   cases.js <case>          runs the case once and prints "<MiB (or ops) per CPU-second> <per wall-second>"
// CPU time includes the threadpool threads (process.cpuUsage covers the whole process).
const crypto = require('crypto');

const kSize = 64 * 1024 * 1024;
const data = Buffer.alloc(kSize, 'nodus crypto bench ');
const chunks = [];
for (let i = 0; i < kSize; i += 65536) chunks.push(data.subarray(i, i + 65536));

const key32 = Buffer.alloc(32, 7);
const iv12 = Buffer.alloc(12, 9);

function hashStream(alg) {
  return (done) => {
    const h = crypto.createHash(alg);
    for (const c of chunks) h.update(c);
    h.digest('hex');
    done(kSize / 1048576);
  };
}

const cases = {
  'sha256 stream 64MiB': hashStream('sha256'),
  'sha1 stream 64MiB': hashStream('sha1'),
  'md5 stream 64MiB': hashStream('md5'),
  'sha256 pipe 64MiB': (done) => {
    const h = crypto.createHash('sha256');
    h.on('data', () => {});
    h.on('end', () => done(kSize / 1048576));
    let i = 0;
    (function write() {
      while (i < chunks.length) {
        if (!h.write(chunks[i++])) return h.once('drain', write);
      }
      h.end();
    })();
  },
  'hmac-sha256 64MiB': (done) => {
    const h = crypto.createHmac('sha256', key32);
    for (const c of chunks) h.update(c);
    h.digest();
    done(kSize / 1048576);
  },
  'aes-256-gcm 64MiB': (done) => {
    const c = crypto.createCipheriv('aes-256-gcm', key32, iv12);
    for (const ch of chunks) c.update(ch);
    c.final();
    c.getAuthTag();
    done(kSize / 1048576);
  },
  'sha256 small x200k (ops)': (done) => {
    for (let i = 0; i < 200000; i++) crypto.createHash('sha256').update('hello world').digest('hex');
    done(200000);
  },
  'hash() one-shot x200k (ops)': (done) => {
    for (let i = 0; i < 200000; i++) crypto.hash('sha1', 'hello world');
    done(200000);
  },
  'randomBytes 16B x200k (ops)': (done) => {
    for (let i = 0; i < 200000; i++) crypto.randomBytes(16);
    done(200000);
  },
  'randomBytes async 64KiB x2k (ops)': (done) => {
    let left = 2000;
    const next = () => crypto.randomBytes(65536, () => (--left === 0 ? done(2000) : next()));
    next();
  },
  'randomUUID x500k (ops)': (done) => {
    for (let i = 0; i < 500000; i++) crypto.randomUUID();
    done(500000);
  },
  'pbkdf2 sha256 100k iters x4 (ops)': (done) => {
    let left = 4;
    for (let i = 0; i < 4; i++) {
      crypto.pbkdf2('password', 'salt', 100000, 32, 'sha256', () => { if (--left === 0) done(4); });
    }
  },
};

const name = process.argv[2];
if (name === '--list') {
  process.stdout.write(Object.keys(cases).join('\n') + '\n');
} else {
  const start = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  cases[name]((units) => {
    const cpu = process.cpuUsage(start);
    const cpuS = (cpu.user + cpu.system) / 1e6;
    const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
    process.stdout.write(`${units / cpuS} ${units / wallS}\n`);
  });
}
