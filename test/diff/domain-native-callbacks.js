'use strict';
// More native callbacks started in a domain run in it and throw into it: dns.lookup, zlib,
// crypto.randomBytes/pbkdf2, child_process.execFile, fs.promises (a rejection), a stream's events.
const domain = require('domain');
const d = domain.create();
const steps = [
  ['dns.lookup', (cb) => require('dns').lookup('127.0.0.1', cb)],
  ['zlib.gzip', (cb) => require('zlib').gzip('abc', cb)],
  ['crypto.randomBytes', (cb) => require('crypto').randomBytes(4, cb)],
  ['crypto.pbkdf2', (cb) => require('crypto').pbkdf2('p', 's', 1, 8, 'sha256', cb)],
  ['execFile', (cb) => require('child_process').execFile(process.execPath, ['-e', '0'], cb)],
  ['fs.promises', (cb) => require('fs').promises.readFile(__filename).then(() => cb())],
  ['readStream', (cb) => require('fs').createReadStream(__filename).on('end', cb).resume()],
];
let i = 0;
d.on('error', (err) => {
  console.log('caught', err.message, err.domainThrown, err.domain === d);
  run();
});
function run() {
  const step = steps[i++];
  if (!step) return;
  const [label, start] = step;
  d.run(() => start((err) => {
    console.log(label, err ? err.code : 'ok', process.domain === d);
    throw new Error(label);
  }));
}
run();
process.on('exit', (c) => console.log('exit', c, i));
