'use strict';
// ServerResponse emits 'prefinish', 'finish' and then 'close'; the request ends and closes.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { duplexPair } = require('stream');

const events = [];
const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(res.headersSent, false);
  assert.strictEqual(res.writableEnded, false);
  res.on('prefinish', () => events.push('res prefinish'));
  res.on('finish', () => {
    events.push('res finish');
    assert.strictEqual(res.writableFinished, true);
  });
  res.on('close', common.mustCall(() => {
    events.push('res close');
    assert.strictEqual(res.closed, true);
    assert.deepStrictEqual(events.filter((e) => e.startsWith('res')),
                           ['res prefinish', 'res finish', 'res close']);
  }));
  req.on('end', () => events.push('req end'));
  req.resume();
  res.end('done', common.mustCall());
  assert.strictEqual(res.headersSent, true);
  assert.strictEqual(res.writableEnded, true);
  assert.strictEqual(res.finished, true);
}));

const [client, serverSide] = duplexPair();
server.emit('connection', serverSide);
let out = '';
client.on('data', (d) => { out += d; });
client.write('GET / HTTP/1.1\r\nHost: a\r\n\r\n');
process.on('exit', () => {
  assert.match(out, /^HTTP\/1\.1 200 OK\r\n/);
  assert.match(out, /\r\n\r\ndone$/);
  assert.ok(events.includes('req end'));
});
