'use strict';
// fs.ReadStream / fs.WriteStream event order, properties and errors, one scenario after
// another (each starts when the previous one's stream closed or ended).
const fs = require('fs');
const path = require('path');
const { print } = require('./_print');
const { makeDir, RS, WS } = require('./_fs_stream');

const { dir, watch, attempt, run } = makeDir('nodus-fsstream-');
const file = path.join(dir, 'data.txt');
fs.writeFileSync(file, 'abcdefghijklmnopqrstuvwxyz0123456789');

const scenarios = [
  (next) => {
    const rs = fs.createReadStream(file, { start: 2, end: 9, highWaterMark: 3, encoding: 'utf8' });
    print('props', rs.pending, rs.path === file, rs.bytesRead, rs.fd, rs.flags, rs.mode,
          rs.start, rs.end, rs.autoClose, rs.readableHighWaterMark);
    print('keys', Object.keys(rs).join());
    print('protos', Object.getOwnPropertyNames(fs.ReadStream.prototype).join(),
          Object.getOwnPropertyNames(fs.WriteStream.prototype).join());
    print('instanceof', rs instanceof fs.ReadStream, rs instanceof require('stream').Readable);
    watch('range', rs, RS);
    rs.on('close', () => { print('after', rs.bytesRead, rs.pending, rs.destroyed); next(); });
  },
  (next) => {
    const rs = fs.createReadStream(file);
    watch('buffers', rs, RS);
    rs.on('close', next);
  },
  (next) => {
    const rs = fs.createReadStream(path.join(dir, 'missing'));
    watch('enoent', rs, RS);
    rs.on('close', () => { print('enoent destroyed', rs.destroyed, rs.pending); next(); });
  },
  (next) => {
    const rs = fs.createReadStream(dir);
    watch('eisdir', rs, RS);
    rs.on('close', next);
  },
  (next) => {
    const fd = fs.openSync(file, 'r');
    const rs = fs.createReadStream(null, { fd, autoClose: false, start: 30, encoding: 'latin1' });
    print('fd keys', Object.keys(rs).join());
    print('fd props', rs.pending, rs.path, rs.fd === fd, rs.autoClose);
    watch('noauto', rs, RS);
    rs.on('end', () => setImmediate(() => {
      print('fd still open', fs.fstatSync(fd).size, rs.destroyed, rs.closed);
      fs.closeSync(fd);
      next();
    }));
  },
  (next) => {
    const rs = fs.createReadStream(file, { emitClose: false, end: 4 });
    watch('noclose', rs, RS);
    rs.on('end', () => setImmediate(() => { print('noclose destroyed', rs.destroyed); next(); }));
  },
  (next) => {
    const ac = new AbortController();
    const rs = fs.createReadStream(file, { signal: ac.signal, highWaterMark: 4 });
    watch('abort', rs, RS);
    rs.once('data', () => ac.abort());
    rs.on('close', next);
  },
  (next) => {
    const calls = [];
    const myFs = {
      open: (...a) => { calls.push('open'); return fs.open(...a); },
      read: (...a) => { calls.push('read'); return fs.read(...a); },
      close: (...a) => { calls.push('close'); return fs.close(...a); },
    };
    const rs = fs.createReadStream(file, { fs: myFs, highWaterMark: 16 });
    watch('customfs', rs, RS);
    rs.on('close', () => { print('calls', calls.join(',')); next(); });
  },
  (next) => {
    const rs = fs.createReadStream(file, { highWaterMark: 5 });
    watch('closecb', rs, RS);
    rs.once('data', () => rs.close((err) => { print('close cb', err && err.code); next(); }));
  },
  (next) => {
    const rs = fs.createReadStream(file, { highWaterMark: 5 });
    watch('destroyerr', rs, RS);
    rs.once('ready', () => rs.destroy(new Error('boom')));
    rs.on('close', next);
  },
  (next) => {
    attempt('start>end', () => fs.createReadStream(file, { start: 5, end: 2 }));
    attempt('start<0', () => fs.createReadStream(file, { start: -1 }));
    attempt('end str', () => fs.createReadStream(file, { end: '3' }));
    attempt('start str', () => fs.createWriteStream(path.join(dir, 'x'), { start: 'a' }));
    attempt('fs.read bad', () => fs.createReadStream(file, { fs: { open() {}, read: 1, close() {} } }));
    attempt('fs.close bad', () => fs.createReadStream(file, { fs: { open() {}, read() {} } }));
    attempt('ws fs.open bad', () => fs.createWriteStream(file, { fs: { write() {}, close() {} } }));
    attempt('ws fs.write bad', () => fs.createWriteStream(file, { fs: { open() {}, close() {} } }));
    attempt('flush bad', () => fs.createWriteStream(file, { flush: 1 }));
    attempt('path num', () => fs.createReadStream(5));
    attempt('path nul', () => fs.createReadStream('a\u0000b'));
    attempt('fd bad', () => fs.createReadStream(null, { fd: -1 }));
    attempt('encoding bad', () => fs.createReadStream(file, 'nope'));
    attempt('hwm bad', () => fs.createReadStream(file, { highWaterMark: -1 }));
    attempt('end frac', () => fs.createReadStream(file, { end: 1.5 }));
    attempt('start NaN', () => fs.createReadStream(file, { start: NaN }));
    attempt('options bool', () => fs.createReadStream(file, true));
    attempt('ws options num', () => fs.createWriteStream(file, 5));
    next();
  },
  (next) => {
    const out = path.join(dir, 'out.txt');
    const ws = fs.createWriteStream(out, { highWaterMark: 4 });
    print('ws props', ws.pending, ws.path === out, ws.bytesWritten, ws.flags, ws.mode,
          ws.start, ws.autoClose, ws.writableHighWaterMark, ws instanceof fs.WriteStream);
    watch('write', ws, WS);
    print('ws keys', Object.keys(ws).join());
    print('w1', ws.write('abc'), ws.writableLength);
    print('w2', ws.write(Buffer.from('defg')), ws.writableLength);
    ws.end('!', () => print('end cb'));
    ws.on('close', () => {
      print('content', fs.readFileSync(out, 'utf8'), ws.bytesWritten, ws.pending);
      next();
    });
  },
  (next) => {
    const out = path.join(dir, 'out.txt');
    const ws = fs.createWriteStream(out, { flags: 'r+', start: 2, encoding: 'hex' });
    watch('start', ws, WS);
    ws.write('5a5a');
    ws.cork();
    ws.write('41');
    ws.write('42');
    process.nextTick(() => ws.uncork());
    ws.end();
    ws.on('close', () => {
      print('content', fs.readFileSync(out, 'utf8'), ws.bytesWritten, ws.pos);
      next();
    });
  },
  (next) => {
    const ws = fs.createWriteStream(path.join(dir, 'out.txt'), { flags: 'wx' });
    watch('eexist', ws, WS);
    ws.write('lost', (err) => print('write cb', err && err.code));
    ws.on('close', next);
  },
  (next) => {
    const ws = fs.createWriteStream(path.join(dir, 'no', 'such', 'f'));
    watch('wenoent', ws, WS);
    ws.on('close', next);
  },
  (next) => {
    const calls = [];
    const myFs = {
      open: (...a) => { calls.push('open'); return fs.open(...a); },
      write: (...a) => { calls.push('write'); return fs.write(...a); },
      writev: (...a) => { calls.push(`writev${a[1].length}`); return fs.writev(...a); },
      fsync: (...a) => { calls.push('fsync'); return fs.fsync(...a); },
      close: (...a) => { calls.push('close'); return fs.close(...a); },
    };
    const out = path.join(dir, 'flush.txt');
    const ws = fs.createWriteStream(out, { fs: myFs, flush: true });
    watch('flush', ws, WS);
    ws.write('a');
    ws.write('b');
    ws.write('c');
    ws.end('d');
    ws.on('close', () => {
      print('calls', calls.join(','), fs.readFileSync(out, 'utf8'), ws.bytesWritten);
      next();
    });
  },
  (next) => {
    const out = path.join(dir, 'close.txt');
    const ws = fs.createWriteStream(out);
    watch('wsclose', ws, WS);
    ws.write('x');
    ws.close((err) => {
      print('close cb', err, ws.closed);
      ws.close(() => { print('close again cb'); next(); });
    });
  },
  (next) => {
    const fd = fs.openSync(path.join(dir, 'fd.txt'), 'w');
    const ws = fs.createWriteStream(null, { fd, autoClose: false });
    watch('wsfd', ws, WS);
    ws.end('via fd');
    ws.on('finish', () => setImmediate(() => {
      print('wsfd after', ws.destroyed, ws.closed, fs.fstatSync(fd).size);
      fs.closeSync(fd);
      next();
    }));
  },
  (next) => {
    const ws = fs.createWriteStream(path.join(dir, 'destroy.txt'));
    watch('wsdestroy', ws, WS);
    ws.write('a', (err) => print('write cb', err && err.code));
    ws.destroy();
    ws.on('close', next);
  },
  (next) => {
    const out = path.join(dir, 'pipe.txt');
    const rs = fs.createReadStream(file, { highWaterMark: 8 });
    const ws = fs.createWriteStream(out, { highWaterMark: 8 });
    // The two streams open, read, write and close on the threadpool independently, so only
    // each stream's own order is fixed: each is logged apart and printed at the end.
    const log = { pr: [], pw: [] };
    for (const e of ['open', 'end', 'close']) rs.on(e, () => log.pr.push(e));
    for (const e of ['open', 'finish', 'close']) ws.on(e, () => log.pw.push(e));
    ws.on('pipe', (src) => log.pw.push(`pipe ${src === rs}`));
    ws.on('unpipe', (src) => log.pw.push(`unpipe ${src === rs}`));
    rs.pipe(ws);
    ws.on('close', () => {
      const done = () => {
        print('pr', log.pr.join());
        print('pw', log.pw.join());
        print('piped', fs.readFileSync(out, 'utf8'));
        next();
      };
      if (rs.closed) done();
      else rs.on('close', done);
    });
  },
  (next) => {
    const rs = fs.createReadStream(file, { highWaterMark: 0 });
    watch('hwm0', rs, RS);
    rs.on('close', () => {
      const far = fs.createReadStream(file, { start: 1000 });
      watch('pasteof', far, RS);
      far.on('close', () => { print('pasteof', far.bytesRead); next(); });
    });
  },
  (next) => {
    const ws = fs.createWriteStream(path.join(dir, 'badflags'), { flags: 'qq' });
    watch('badflags', ws, WS);
    ws.on('close', next);
  },
];

run(scenarios);
