'use strict';
// fs stream edge cases: destroy during I/O, FileHandle-backed streams, write errors, fd/URL/
// Buffer paths, multi-byte decoding, async-iteration break; paced by events only.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { pathToFileURL } = require('url');
const { finished } = require('stream');
const { print } = require('./_print');
const { makeDir, RS, WS } = require('./_fs_stream');

const { dir, watch: watchAs, run } = makeDir('nodus-fsstream-edge-');
const watch = (label, st, events) => watchAs(label, st, events, 'hex');
const file = path.join(dir, 'data.txt');
fs.writeFileSync(file, 'h\u00e9llo w\u00f6rld \u20ac\u20ac\n2nd line\n');

const scenarios = [
  (next) => {
    const rs = fs.createReadStream(file, { highWaterMark: 1, encoding: 'utf8' });
    let s = '';
    rs.on('data', (c) => { s += `[${c}]`; });
    rs.on('close', () => { print('hwm1', s, rs.bytesRead); next(); });
  },
  (next) => {
    const rs = fs.ReadStream(pathToFileURL(file), { end: 3 });
    print('url path', typeof rs.path, rs.path === file);
    watch('url', rs, RS);
    rs.on('close', next);
  },
  (next) => {
    const rs = new fs.ReadStream(Buffer.from(file), { start: 1, end: 2 });
    print('buffer path', Buffer.isBuffer(rs.path));
    watch('buf', rs, ['data', 'close']);
    rs.on('close', next);
  },
  (next) => {
    const fd = fs.openSync(file, 'r');
    const rs = fs.createReadStream(null, { fd, end: 1 });
    watch('fdauto', rs, RS);
    rs.on('close', () => {
      try { fs.fstatSync(fd); print('fd open'); } catch (e) { print('fd closed', e.code); }
      next();
    });
  },
  (next) => {
    const rs = fs.createReadStream(file, { highWaterMark: 4 });
    watch('pausedread', rs, ['open', 'ready', 'end', 'close', 'error', 'readable']);
    rs.once('readable', () => {
      print('read', rs.read(2), rs.read(), rs.readableLength);
      rs.destroy();
    });
    rs.on('close', next);
  },
  (next) => {
    const rs = fs.createReadStream(file);
    watch('destroyopen', rs, RS);
    rs.destroy();
    print('destroyed sync', rs.destroyed, rs.pending);
    rs.on('close', () => { print('fd after', rs.fd); next(); });
  },
  (next) => {
    const rs = fs.createReadStream(file, { highWaterMark: 3 });
    watch('destroyread', rs, RS);
    rs.once('open', () => process.nextTick(() => rs.destroy()));
    rs.on('close', next);
  },
  (next) => {
    (async () => {
      const rs = fs.createReadStream(file, { highWaterMark: 5 });
      watch('iter', rs, ['open', 'end', 'close', 'error']);
      for await (const c of rs) {
        print('chunk', c.length);
        break;
      }
      print('after break', rs.destroyed);
      finished(rs, (err) => { print('finished', err && err.code); next(); });
    })();
  },
  (next) => {
    const fd = fs.openSync(file, 'r');
    const ws = fs.createWriteStream(null, { fd });
    watch('ebadf', ws, WS);
    ws.write('x', (err) => print('write cb', err && err.code));
    ws.on('close', next);
  },
  (next) => {
    const ws = fs.createWriteStream(path.join(dir, 'after.txt'));
    watch('afterend', ws, WS);
    ws.end('a');
    ws.write('b', (err) => print('write cb', err && err.code));
    ws.on('close', next);
  },
  (next) => {
    const ws = fs.createWriteStream(path.join(dir, 'emitclose.txt'), { emitClose: false });
    watch('noemit', ws, WS);
    ws.end('z');
    ws.on('finish', () => setImmediate(() => { print('noemit', ws.destroyed, ws.fd); next(); }));
  },
  (next) => {
    const out = path.join(dir, 'append.txt');
    fs.writeFileSync(out, 'start:');
    const ws = fs.createWriteStream(out, { flags: 'a' });
    watch('append', ws, WS);
    ws.write(new Uint8Array([65, 66]));
    ws.end('C');
    ws.on('close', () => { print('append', fs.readFileSync(out, 'utf8'), ws.bytesWritten); next(); });
  },
  (next) => {
    const out = path.join(dir, 'onlywrite.txt');
    const calls = [];
    const myFs = {
      open: fs.open,
      write: (...a) => { calls.push(`write${a[3]}`); return fs.write(...a); },
      close: fs.close,
    };
    const ws = fs.createWriteStream(out, { fs: myFs });
    ws.write('ab');
    ws.write('cd');
    ws.end('e');
    ws.on('close', () => { print('onlywrite', calls.join(), fs.readFileSync(out, 'utf8')); next(); });
  },
  (next) => {
    const out = path.join(dir, 'onlywritev.txt');
    const calls = [];
    const myFs = {
      open: fs.open,
      writev: (...a) => { calls.push(`writev${a[1].length}`); return fs.writev(...a); },
      close: fs.close,
    };
    const ws = fs.createWriteStream(out, { fs: myFs });
    ws.on('open', () => {
      ws.write('ab');
      ws.write('cd');
      ws.end('e');
    });
    ws.on('close', () => { print('onlywritev', calls.join(), fs.readFileSync(out, 'utf8')); next(); });
  },
  (next) => {
    (async () => {
      const h = await fsp.open(file);
      const rs = h.createReadStream({ highWaterMark: 8, end: 11 });
      print('fh rs', rs.pending, typeof rs.fd, rs.path, rs.flags);
      watch('fhrs', rs, RS);
      rs.on('close', next);
    })();
  },
  (next) => {
    (async () => {
      const out = path.join(dir, 'fh.txt');
      const h = await fsp.open(out, 'w');
      const ws = h.createWriteStream({ start: 0 });
      watch('fhws', ws, WS);
      ws.write('abc');
      ws.end('def');
      ws.on('close', () => { print('fhws', fs.readFileSync(out, 'utf8'), ws.bytesWritten); next(); });
    })();
  },
  (next) => {
    (async () => {
      const h = await fsp.open(file);
      const out = [];
      for await (const line of h.readLines({ encoding: 'latin1' })) out.push(line);
      print('readLines', JSON.stringify(out));
      next();
    })();
  },
  (next) => {
    // The old protocol: a subclass replaces open() and reports with 'open' or 'error' events.
    function LegacyRead(p, opts) { fs.ReadStream.call(this, p, opts); }
    Object.setPrototypeOf(LegacyRead.prototype, fs.ReadStream.prototype);
    LegacyRead.prototype.open = function() {
      print('legacy open called', this.pending);
      fs.open(this.path, this.flags, this.mode, (err, fd) => {
        if (err) {
          this.emit('error', err);
          return;
        }
        this.fd = fd;
        this.emit('open', fd);
      });
    };
    print('open name', fs.ReadStream.prototype.open.name, fs.WriteStream.prototype.open.length);
    const rs = new LegacyRead(file, { end: 2 });
    watch('legacy', rs, RS);
    rs.on('close', () => {
      const bad = new LegacyRead(path.join(dir, 'nope'));
      watch('legacybad', bad, RS);
      bad.on('close', next);
    });
  },
  (next) => {
    const ws = fs.createWriteStream(path.join(dir, 'inflight.txt'));
    watch('wsinflight', ws, WS);
    ws.on('open', () => {
      ws.write('abc', (err) => print('write cb', err && err.code, ws.bytesWritten));
      ws.destroy(new Error('stop'));
    });
    ws.on('close', () => { print('inflight', ws.bytesWritten, ws.fd); next(); });
  },
  (next) => {
    const rs = fs.createReadStream(file, { highWaterMark: 4 });
    watch('rsinflight', rs, RS);
    rs.on('open', () => process.nextTick(() => rs.destroy(new Error('halt'))));
    rs.on('close', () => { print('rsinflight', rs.bytesRead, rs.fd); next(); });
  },
  (next) => {
    const rs = fs.createReadStream(file);
    watch('closeearly', rs, RS);
    rs.close((err) => print('close cb', err && err.code));
    rs.on('close', () => setImmediate(next));
  },
  (next) => {
    const ws = fs.createWriteStream(path.join(dir, 'noauto.txt'), { autoClose: false });
    watch('wsnoauto', ws, WS);
    ws.write('q');
    ws.close((err) => { print('close cb', err, ws.fd, ws.closed); next(); });
  },
  (next) => {
    (async () => {
      const h = await fsp.open(file);
      const rs = h.createReadStream({ highWaterMark: 4 });
      watch('fhclose', rs, ['open', 'ready', 'end', 'close', 'error']);
      rs.once('data', () => {
        rs.pause();
        print('closing handle');
        h.close().then(() => { print('handle closed', rs.destroyed); next(); });
      });
    })();
  },
];

run(scenarios);
