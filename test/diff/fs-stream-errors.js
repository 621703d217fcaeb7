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
  (next) => {
    // The arguments the streams pass to the `fs` functions (position undefined without start).
    const calls = [];
    const logged = (name, fn, show) => (...a) => { calls.push(`${name} ${a.length} ${show(a)}`); return fn(...a); };
    const myFs = {
      open: logged('open', fs.open, (a) => `${a[1]} ${a[2]}`),
      close: fs.close,
      read: logged('read', fs.read, (a) => `${a[2]} ${a[3]} ${a[4]}`),
      write: logged('write', fs.write, (a) => `${a[2]} ${a[3]} ${a[4]}`),
      writev: logged('writev', fs.writev, (a) => `${a[1].length} ${a[2]}`),
    };
    const rs = fs.createReadStream(file, { fs: myFs, highWaterMark: 4 });
    rs.resume();
    rs.on('close', () => {
      const ws = fs.createWriteStream(path.join(dir, 'args'), { fs: myFs, start: 2 });
      ws.write('a');
      ws.write('b');
      ws.end('c', () => ws.on('close', () => {
        const ws2 = fs.createWriteStream(path.join(dir, 'args2'), { fs: myFs, mode: 0o600 });
        ws2.on('open', () => {
          ws2.write('x');
          ws2.end('yz');
        });
        ws2.on('close', () => { print(calls.join('\n')); next(); });
      }));
    });
  },
]);
