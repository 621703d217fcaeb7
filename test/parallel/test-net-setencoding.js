'use strict';
// setEncoding('utf8') joins multi-byte characters split across reads.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const text = 'h\u00e9llo \u20ac \u{1f600}';
const bytes = Buffer.from(text);

const server = net.createServer(common.mustCall((socket) => {
  // One byte per write so characters straddle reads.
  let i = 0;
  (function next() {
    if (i === bytes.length) return socket.end();
    socket.write(bytes.subarray(i, i + 1), () => setImmediate(next));
    i++;
  })();
}));
server.listen(0, common.mustCall(() => {
  const client = net.connect(server.address().port);
  client.setEncoding('utf8');
  let out = '';
  client.on('data', (d) => {
    assert.strictEqual(typeof d, 'string');
    out += d;
  });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(out, text);
    server.close();
  }));
}));
