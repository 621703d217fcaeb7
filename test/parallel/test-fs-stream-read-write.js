'use strict';
// fs.createReadStream / fs.createWriteStream: ranges, encodings, fd reuse, errors, copy by pipe.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { pipeline, Readable, Writable } = require('stream');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const src = tmpdir.resolve('src.bin');
const data = Buffer.alloc(300 * 1024);
for (let i = 0; i < data.length; i++) data[i] = (i * 7) & 0xff;
fs.writeFileSync(src, data);

assert.ok(fs.ReadStream.prototype instanceof Readable);
assert.ok(fs.WriteStream.prototype instanceof Writable);
assert.ok(fs.createReadStream(src, { autoClose: false }).destroy() instanceof fs.ReadStream);

// Whole file in 64 KiB chunks by default.
{
  const rs = fs.createReadStream(src);
  const sizes = [];
  rs.on('data', (c) => sizes.push(c.length));
  rs.on('close', common.mustCall(() => {
    assert.deepStrictEqual(sizes, [65536, 65536, 65536, 65536, 45056]);
    assert.strictEqual(rs.bytesRead, data.length);
  }));
}

// start/end are inclusive.
{
  const rs = fs.createReadStream(src, { start: 10, end: 20, highWaterMark: 4 });
  const chunks = [];
  rs.on('data', (c) => chunks.push(c));
  rs.on('end', common.mustCall(() => {
    assert.deepStrictEqual(Buffer.concat(chunks), data.subarray(10, 21));
    assert.deepStrictEqual(chunks.map((c) => c.length), [4, 4, 3]);
  }));
}

// ENOENT: 'error' then 'close', no 'open'.
{
  const rs = fs.createReadStream(tmpdir.resolve('missing'));
  const order = [];
  rs.on('open', common.mustNotCall());
  rs.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'open');
    order.push('error');
  }));
  rs.on('close', common.mustCall(() => {
    order.push('close');
    assert.deepStrictEqual(order, ['error', 'close']);
  }));
}

// Argument validation.
assert.throws(() => fs.createReadStream(src, { start: 3, end: 1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.createReadStream(src, { start: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.createReadStream(src, { fs: { open: 1 } }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.createWriteStream(src, { flush: 'yes' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.createReadStream(1), { code: 'ERR_INVALID_ARG_TYPE' });

// Copy through pipeline; the copy is identical and both fds are closed.
{
  const dst = tmpdir.resolve('dst.bin');
  const rs = fs.createReadStream(src, { highWaterMark: 1000 });
  const ws = fs.createWriteStream(dst);
  pipeline(rs, ws, common.mustSucceed(() => {
    assert.deepStrictEqual(fs.readFileSync(dst), data);
    assert.strictEqual(ws.bytesWritten, data.length);
    assert.strictEqual(rs.fd, null);
    assert.strictEqual(ws.fd, null);
  }));
}

// Writing at a position into an existing file with flags r+ and an encoding.
{
  const f = tmpdir.resolve('pos.txt');
  fs.writeFileSync(f, '0123456789');
  const ws = fs.createWriteStream(f, { flags: 'r+', start: 3, encoding: 'latin1' });
  ws.on('open', common.mustCall((fd) => assert.strictEqual(typeof fd, 'number')));
  ws.on('ready', common.mustCall());
  ws.write('ab');
  ws.end('\xe9', common.mustCall(() => {
    assert.strictEqual(fs.readFileSync(f, 'latin1'), '012ab\xe96789');
    assert.strictEqual(ws.bytesWritten, 3);
  }));
}

// An fd with autoClose: false stays open after 'end'.
{
  const fd = fs.openSync(src, 'r');
  const rs = fs.createReadStream(null, { fd, autoClose: false, start: data.length - 5 });
  assert.strictEqual(rs.pending, false);
  rs.on('close', common.mustNotCall());
  rs.resume();
  rs.on('end', common.mustCall(() => {
    assert.strictEqual(rs.bytesRead, 5);
    setImmediate(common.mustCall(() => {
      assert.strictEqual(fs.fstatSync(fd).size, data.length);
      fs.closeSync(fd);
    }));
  }));
}

// A write to a path whose directory does not exist fails the write callback too.
{
  const ws = fs.createWriteStream(tmpdir.resolve('nodir', 'x'));
  ws.write('x', common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
  ws.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
  ws.on('close', common.mustCall());
}
