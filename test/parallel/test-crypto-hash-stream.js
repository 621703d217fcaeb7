'use strict';
// Hash and Hmac are Transform streams: pipe a Readable into them, read the digest.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const { Readable, pipeline } = require('stream');

const data = Buffer.alloc(100000, 'x');
const expected = crypto.createHash('sha256').update(data).digest('hex');

{
  const h = crypto.createHash('sha256');
  h.setEncoding('hex');
  Readable.from([data.subarray(0, 4000), data.subarray(4000)]).pipe(h);
  let out = '';
  h.on('data', (d) => { out += d; });
  h.on('end', common.mustCall(() => assert.strictEqual(out, expected)));
}
{
  const hm = crypto.createHmac('sha1', 'k');
  pipeline(Readable.from(['a', 'b', 'c']), hm, common.mustCall((err) => {
    assert.ifError(err);
  }));
  hm.on('data', common.mustCall((d) => {
    assert.strictEqual(d.toString('hex'), crypto.createHmac('sha1', 'k').update('abc').digest('hex'));
  }));
}
{
  const h = crypto.createHash('md5');
  h.end('hello');
  assert.strictEqual(h.read().toString('hex'), '5d41402abc4b2a76b9719d911017c592');
}
