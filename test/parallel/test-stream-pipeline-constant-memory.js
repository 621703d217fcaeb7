'use strict';
// 1 GiB through Readable -> Transform -> Writable with pipeline: backpressure keeps memory flat
// (RSS grows by far less than the data) and every byte arrives.
const common = require('../common');
const assert = require('assert');
const { Readable, Transform, Writable, pipeline } = require('stream');

const chunk = Buffer.alloc(64 * 1024, 7);
const total = 1024 * 1024 * 1024;
let produced = 0;
let consumed = 0;
let maxBuffered = 0;
const rssBefore = process.memoryUsage().rss;

const source = new Readable({
  read() {
    if (produced >= total) return this.push(null);
    produced += chunk.length;
    this.push(Buffer.from(chunk));
  },
});
const transform = new Transform({
  transform(c, e, cb) {
    maxBuffered = Math.max(maxBuffered, source.readableLength + this.readableLength + this.writableLength);
    cb(null, c);
  },
});
const sink = new Writable({
  write(c, e, cb) {
    consumed += c.length;
    setImmediate(cb);
  },
});

pipeline(source, transform, sink, common.mustSucceed(() => {
  assert.strictEqual(consumed, total);
  assert.ok(maxBuffered <= 4 * 64 * 1024, `buffered up to ${maxBuffered} bytes`);
  const grown = process.memoryUsage().rss - rssBefore;
  // A sanitizer build keeps freed memory in quarantine: RSS says nothing there.
  if (process.env.NODUS_SANITIZED) {
    console.log('memory bound not checked under a sanitizer build (RSS includes its quarantine)');
  } else {
    assert.ok(grown < 96 * 1024 * 1024, `rss grew by ${grown} bytes`);
  }
}));
