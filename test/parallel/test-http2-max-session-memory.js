'use strict';
// maxSessionMemory (in MB): while a session holds more than that (here data queued for a
// stream the client does not read), new streams are refused with ENHANCE_YOUR_CALM; under it
// they are served, and the unread stream does not hold the others back.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');

function run(queued) {
  return new Promise((resolve) => {
    const server = http2.createServer({ maxSessionMemory: 1 });
    server.on('stream', (stream, headers) => {
      stream.respond();
      if (headers[':path'] === '/big') stream.write(Buffer.alloc(queued));
      else stream.end('second');
    });
    server.listen(0, () => {
      const client = http2.connect(`http://localhost:${server.address().port}`);
      const first = client.request({ ':path': '/big' });
      first.on('error', () => {});
      first.on('response', () => {
        // The server queued the body before this response left it.
        const second = client.request({ ':path': '/second' });
        let body = '';
        let error;
        second.setEncoding('utf8');
        second.on('data', (d) => { body += d; });
        second.on('error', (err) => { error = err; });
        second.on('close', () => {
          client.destroy();
          server.close();
          resolve({ body, error, rstCode: second.rstCode });
        });
      });
    });
  });
}

(async () => {
  const refused = await run(2 * 1000 * 1000);
  assert.strictEqual(refused.rstCode, http2.constants.NGHTTP2_ENHANCE_YOUR_CALM);
  assert.strictEqual(refused.error.code, 'ERR_HTTP2_STREAM_ERROR');
  assert.strictEqual(refused.body, '');

  const served = await run(500 * 1000);
  assert.strictEqual(served.rstCode, http2.constants.NGHTTP2_NO_ERROR);
  assert.strictEqual(served.error, undefined);
  assert.strictEqual(served.body, 'second');
})().then(common.mustCall());
