'use strict';
// Flow control and backpressure: 10 MiB up and 10 MiB down on one stream, with the receiving
// sides paused and resumed along the way.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');
const crypto = require('crypto');

const SIZE = 10 * 1024 * 1024;
const up = crypto.randomBytes(SIZE);
const down = crypto.randomBytes(SIZE);
const hash = (b) => crypto.createHash('sha256').update(b).digest('hex');

function writeAll(stream, buf, done) {
  let off = 0;
  (function next() {
    while (off < buf.length) {
      const chunk = buf.subarray(off, off + 100000);
      off += chunk.length;
      if (!stream.write(chunk)) {
        stream.once('drain', next);
        return;
      }
    }
    stream.end();
    if (done) done();
  })();
}

function readAll(stream, cb) {
  const h = crypto.createHash('sha256');
  let n = 0;
  let pauses = 0;
  stream.on('data', (d) => {
    h.update(d);
    n += d.length;
    if (n > pauses * 3 * 1024 * 1024) {
      pauses++;
      stream.pause();
      setImmediate(() => stream.resume());
    }
  });
  stream.on('end', () => cb(n, h.digest('hex'), pauses));
}

const server = http2.createServer();
server.on('stream', common.mustCall((stream) => {
  readAll(stream, common.mustCall((n, digest, pauses) => {
    assert.strictEqual(n, SIZE);
    assert.strictEqual(digest, hash(up));
    assert(pauses > 1);
    stream.respond({ ':status': 200 });
    writeAll(stream, down);
  }));
}));

server.listen(0, common.mustCall(() => {
  const client = http2.connect(`http://127.0.0.1:${server.address().port}`);
  const req = client.request({ ':method': 'POST' });
  readAll(req, common.mustCall((n, digest) => {
    assert.strictEqual(n, SIZE);
    assert.strictEqual(digest, hash(down));
    client.close();
    server.close();
  }));
  writeAll(req, up);
}));
