'use strict';
// Options objects copied before properties are added to them (net.Socket, fs streams, fs option
// defaults, zlib): own enumerable keys only, symbols included, an own "__proto__" key stays a key
// and does not become the copy's prototype, and the caller's object is left as it was.
const fs = require('fs'), net = require('net'), os = require('os'), path = require('path');
const zlib = require('zlib');
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'optcopy-')), 'f');
fs.writeFileSync(file, 'hello');
const sym = Symbol('s');
function opts(extra) {
  const o = JSON.parse('{"__proto__": {"highWaterMark": 3}, "allowHalfOpen": true}');
  o[sym] = 1;
  Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
  return Object.assign(o, extra);
}
const o1 = opts();
const s = new net.Socket(o1);
console.log('socket', s.allowHalfOpen, s.readableHighWaterMark === s.writableHighWaterMark);
console.log('caller', Object.keys(o1), Object.getPrototypeOf(o1) === Object.prototype, o1.emitClose);
s.destroy();
const o2 = opts({ encoding: 'utf8' });
const rs = fs.createReadStream(file, o2);
console.log('readStream', rs.readableHighWaterMark, rs.readableEncoding, Object.keys(o2).includes('autoDestroy'));
rs.on('data', (d) => console.log('data', d));
rs.on('close', () => {
  const o3 = opts({ encoding: 'latin1' });
  console.log('readFileSync', fs.readFileSync(file, o3), Object.keys(o3));
  const ws = fs.createWriteStream(file + '2', opts({ highWaterMark: 5 }));
  console.log('writeStream', ws.writableHighWaterMark);
  ws.end('x', () => {
    const g = zlib.createGzip(opts({ objectMode: true }));
    console.log('gzip', g.readableObjectMode, g.writableObjectMode);
    g.destroy();
    fs.rmSync(path.dirname(file), { recursive: true });
  });
});
