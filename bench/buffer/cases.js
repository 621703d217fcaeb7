'use strict';
// One Buffer micro-benchmark case per process: `cases.js <name> <seconds>` runs the case for about
// that long (CPU time) and prints `ops/s` of CPU time. bench.py runs it under nodus and node.
const name = process.argv[2];
const seconds = Number(process.argv[3] || 0.5);

function text(n, nonAscii) {
  const unit = nonAscii ? 'h\u00e9llo w\u00f6rld \u20ac ' : 'hello world 0123';
  let s = unit.repeat(Math.ceil(n / unit.length));
  s = s.slice(0, n);
  return s;
}
const sizes = { '16B': 16, '1KiB': 1024, '1MiB': 1024 * 1024 };

const cases = {};
for (const [label, n] of Object.entries(sizes)) {
  const ascii = text(n, false);
  const utf8 = text(n / 2, true);
  const bytes = Buffer.from(ascii);
  const binary = Buffer.alloc(n);
  for (let i = 0; i < n; i++) binary[i] = (i * 7919) & 255;
  const b64 = binary.toString('base64');
  const hex = binary.toString('hex');
  const latin1 = binary.toString('latin1');
  const utf8Buf = Buffer.from(utf8);
  cases[`from utf8 ascii ${label}`] = () => Buffer.from(ascii, 'utf8');
  cases[`from utf8 ${label}`] = () => Buffer.from(utf8, 'utf8');
  cases[`from latin1 ${label}`] = () => Buffer.from(latin1, 'latin1');
  cases[`from base64 ${label}`] = () => Buffer.from(b64, 'base64');
  cases[`from hex ${label}`] = () => Buffer.from(hex, 'hex');
  cases[`toString utf8 ascii ${label}`] = () => bytes.toString('utf8');
  cases[`toString utf8 ${label}`] = () => utf8Buf.toString('utf8');
  cases[`toString latin1 ${label}`] = () => binary.toString('latin1');
  cases[`toString base64 ${label}`] = () => binary.toString('base64');
  cases[`toString hex ${label}`] = () => binary.toString('hex');
}
{
  const parts = [];
  for (let i = 0; i < 64; i++) parts.push(Buffer.alloc(1024, i));
  cases['concat 64x1KiB'] = () => Buffer.concat(parts);
  const small = [Buffer.from('abc'), Buffer.from('defgh'), Buffer.from('ij')];
  cases['concat 3 small'] = () => Buffer.concat(small);
}
{
  const hay = Buffer.from(text(1024 * 1024, false) + 'needle!');
  const short = Buffer.from('GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n');
  const needleBuf = Buffer.from('needle!');
  cases['indexOf string 1MiB'] = () => hay.indexOf('needle!');
  cases['indexOf buffer 1MiB'] = () => hay.indexOf(needleBuf);
  cases['indexOf string short'] = () => short.indexOf('\r\n\r\n');
  cases['indexOf byte short'] = () => short.indexOf(10);
}
{
  const buf = Buffer.alloc(4096);
  for (let i = 0; i < buf.length; i++) buf[i] = i & 255;
  cases['readUInt32LE loop 4KiB'] = () => {
    let sum = 0;
    for (let i = 0; i + 4 <= buf.length; i += 4) sum += buf.readUInt32LE(i);
    return sum;
  };
  cases['writeUInt32BE loop 4KiB'] = () => {
    for (let i = 0; i + 4 <= buf.length; i += 4) buf.writeUInt32BE(i * 65537, i);
  };
}
cases['alloc 64B'] = () => Buffer.alloc(64);
cases['allocUnsafe 64B'] = () => Buffer.allocUnsafe(64);
cases['allocUnsafe 16KiB'] = () => Buffer.allocUnsafe(16384);
cases['allocUnsafe 64KiB'] = () => Buffer.allocUnsafe(65536);
cases['alloc 16KiB'] = () => Buffer.alloc(16384);
cases['byteLength utf8 1KiB'] = (() => { const s = text(512, true); return () => Buffer.byteLength(s); })();

if (name === '--list') {
  process.stdout.write(Object.keys(cases).join('\n') + '\n');
} else {
  const fn = cases[name];
  if (fn === undefined) throw new Error(`unknown case ${name}`);
  let sink;
  // Warm up, then run in batches until the CPU budget is spent.
  for (let i = 0; i < 50; i++) sink = fn();
  let ops = 0;
  let batch = 1;
  const start = process.cpuUsage();
  let used = 0;
  while (used < seconds * 1e6) {
    for (let i = 0; i < batch; i++) sink = fn();
    ops += batch;
    const u = process.cpuUsage(start);
    used = u.user + u.system;
    if (used < 0.05e6) batch *= 2;
  }
  if (sink === 42) process.stdout.write('');
  process.stdout.write(`${(ops / (used / 1e6)).toFixed(1)}\n`);
}
