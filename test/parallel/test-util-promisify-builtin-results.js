'use strict';
// util.promisify on builtins whose callbacks give several results resolves with an object naming
// them (fs.read/write/readv/writev, crypto.generateKeyPair; jose relies on the latter), and on
// fs.exists (no error argument) resolves with the boolean.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { promisify } = require('util');

const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

(async () => {
  const file = path.join(tmpdir.path, 'promisify.txt');
  const wfd = fs.openSync(file, 'w');
  const data = Buffer.from('hello');
  const w = await promisify(fs.write)(wfd, data);
  assert.deepStrictEqual(Object.keys(w), ['bytesWritten', 'buffer']);
  assert.strictEqual(w.bytesWritten, 5);
  assert.strictEqual(w.buffer, data);
  const wv = await promisify(fs.writev)(wfd, [Buffer.from('!')]);
  assert.deepStrictEqual(Object.keys(wv), ['bytesWritten', 'buffer']);
  assert.strictEqual(wv.bytesWritten, 1);
  fs.closeSync(wfd);

  const rfd = fs.openSync(file, 'r');
  const buf = Buffer.alloc(5);
  const r = await promisify(fs.read)(rfd, buf, 0, 5, 0);
  assert.deepStrictEqual(Object.keys(r), ['bytesRead', 'buffer']);
  assert.strictEqual(r.bytesRead, 5);
  assert.strictEqual(r.buffer.toString(), 'hello');
  const bufs = [Buffer.alloc(2), Buffer.alloc(4)];
  const rv = await promisify(fs.readv)(rfd, bufs, 0);
  assert.deepStrictEqual(Object.keys(rv), ['bytesRead', 'buffers']);
  assert.strictEqual(rv.bytesRead, 6);
  assert.strictEqual(rv.buffers, bufs);
  fs.closeSync(rfd);

  assert.strictEqual(await promisify(fs.exists)(file), true);
  assert.strictEqual(await promisify(fs.exists)(path.join(tmpdir.path, 'missing')), false);

  const pair = await promisify(crypto.generateKeyPair)('ec', { namedCurve: 'P-256' });
  assert.deepStrictEqual(Object.keys(pair), ['publicKey', 'privateKey']);
  assert.strictEqual(pair.publicKey.type, 'public');
  assert.strictEqual(pair.privateKey.type, 'private');
  const pem = await promisify(crypto.generateKeyPair)('ec', {
    namedCurve: 'P-256',
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  assert.match(pem.publicKey, /^-----BEGIN PUBLIC KEY-----/);
  assert.match(pem.privateKey, /^-----BEGIN PRIVATE KEY-----/);
})().then(common.mustCall());
