'use strict';
// maxHeaderListPairs: a header block with more entries (pseudo-headers included) resets its
// stream with ENHANCE_YOUR_CALM; the default is 128.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');

function request(client, count) {
  return new Promise((resolve) => {
    const headers = { ':path': '/' };
    for (let i = 0; i < count; i++) headers[`x-h${i}`] = 'v';
    const req = client.request(headers);
    let status;
    let error;
    req.on('response', (h) => { status = h[':status']; });
    req.on('error', (err) => { error = err; });
    req.on('close', () => resolve({ status, error, rstCode: req.rstCode }));
    req.resume();
    req.end();
  });
}

async function run(options, ok, tooMany) {
  const server = http2.createServer(options);
  const seen = [];
  server.on('stream', (stream, headers) => {
    seen.push(Object.keys(headers).length);
    stream.respond();
    stream.end();
  });
  await new Promise((resolve) => server.listen(0, resolve));
  const client = http2.connect(`http://localhost:${server.address().port}`);
  // Four pseudo-headers (:method, :path, :scheme, :authority) come with every request.
  const good = await request(client, ok - 4);
  assert.strictEqual(good.status, 200);
  assert.strictEqual(good.rstCode, http2.constants.NGHTTP2_NO_ERROR);
  const bad = await request(client, tooMany - 4);
  assert.strictEqual(bad.status, undefined);
  assert.strictEqual(bad.rstCode, http2.constants.NGHTTP2_ENHANCE_YOUR_CALM);
  assert.strictEqual(bad.error.code, 'ERR_HTTP2_STREAM_ERROR');
  assert.strictEqual(bad.error.message, 'Stream closed with error code NGHTTP2_ENHANCE_YOUR_CALM');
  assert.deepStrictEqual(seen, [ok]);
  client.close();
  server.close();
}

(async () => {
  await run({ maxHeaderListPairs: 10 }, 10, 11);
  await run({}, 128, 129);
})().then(common.mustCall());
