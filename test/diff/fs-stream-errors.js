'use strict';
// fs stream errors: bad signals, a pre-aborted WriteStream, failing write() and close() from
// the `fs` option; error-then-close order and write callback errors.
const fs = require('fs');
const path = require('path');
const { print } = require('./_print');
const { makeDir, RS, WS } = require('./_fs_stream');

const { dir, watch, attempt, run } = makeDir('nodus-fsstream-errors-');
const file = path.join(dir, 'data.txt');
fs.writeFileSync(file, 'some bytes');
const fail = (code) => Object.assign(new Error(`failed ${code}`), { code });

run([
  (next) => {
    attempt('rs signal obj', () => fs.createReadStream(file, { signal: {} }));
    attempt('ws signal num', () => fs.createWriteStream(path.join(dir, 's'), { signal: 1 }));
    next();
  },
  (next) => {
    const ac = new AbortController();
    ac.abort();
    const ws = fs.createWriteStream(path.join(dir, 'preabort'), { signal: ac.signal });
    watch('preabort', ws, WS);
    ws.write('a', (e) => print('write cb', e && e.code));
    // The open still completes (and is reported) after 'close': wait for it, not for a timer.
    ws.on('ready', () => {
      print('preabort fd', typeof ws.fd);
      fs.closeSync(ws.fd);
      next();
    });
  },
  (next) => {
    const myFs = {
      open: fs.open,
      close: fs.close,
      write(fd, b, o, l, p, cb) { process.nextTick(cb, fail('EIO')); },
    };
    const ws = fs.createWriteStream(path.join(dir, 'eio'), { fs: myFs });
    watch('eio', ws, WS);
    ws.write('abc', (e) => print('write cb', e && e.code));
    ws.write('def', (e) => print('write cb2', e && e.code));
    ws.on('close', next);
  },
  (next) => {
    const myFs = {
      open: fs.open,
      read: fs.read,
      close: (fd, cb) => fs.close(fd, () => cb(fail('ECLOSE'))),
    };
    const rs = fs.createReadStream(file, { fs: myFs });
    watch('closeerr', rs, RS);
    rs.on('close', next);
  },
  (next) => {
    const myFs = {
      open: fs.open,
      close: fs.close,
      read(fd, buf, off, len, pos, cb) { setImmediate(cb, fail('EREAD')); },
    };
    const rs = fs.createReadStream(file, { fs: myFs });
    watch('readerr', rs, RS);
    rs.on('close', () => { print('readerr fd', rs.fd, rs.bytesRead); next(); });
  },
  (next) => {
    const myFs = {
      open(p, f, m, cb) { cb(fail('EOPEN')); },
      write: fs.write,
      close: fs.close,
    };
    const ws = fs.createWriteStream(path.join(dir, 'openfail'), { fs: myFs });
    watch('openerr', ws, WS);
    ws.end('x', (e) => print('end cb', e && e.code));
    ws.on('close', next);
  },
]);
