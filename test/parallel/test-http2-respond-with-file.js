'use strict';
// respondWithFile (content-length from the file, statCheck adding a header, a missing file
// through onError) and respondWithFD.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');
const fs = require('fs');

const file = __filename;
const size = fs.statSync(file).size;
const server = http2.createServer();
server.on('stream', (stream, headers) => {
  if (headers[':path'] === '/file') {
    stream.respondWithFile(file, { 'content-type': 'text/javascript' }, {
      statCheck: common.mustCall((stat, h) => { h['x-size'] = String(stat.size); }),
    });
  } else if (headers[':path'] === '/missing') {
    stream.respondWithFile('/nonexistent/file', {}, {
      onError: common.mustCall((err) => {
        assert.strictEqual(err.code, 'ENOENT');
        stream.respond({ ':status': 404 });
        stream.end();
      }),
    });
  } else {
    const fd = fs.openSync(file, 'r');
    stream.on('close', () => fs.closeSync(fd));
    stream.respondWithFD(fd, {}, { offset: 5, length: 10 });
  }
});

function get(client, path, cb) {
  const req = client.request({ ':path': path });
  let headers;
  const chunks = [];
  req.on('response', (h) => { headers = h; });
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => cb(headers, Buffer.concat(chunks)));
  req.end();
}

server.listen(0, common.mustCall(() => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  get(client, '/file', common.mustCall((headers, body) => {
    assert.strictEqual(headers[':status'], 200);
    assert.strictEqual(headers['content-length'], String(size));
    assert.strictEqual(headers['x-size'], String(size));
    assert.deepStrictEqual(body, fs.readFileSync(file));
    get(client, '/missing', common.mustCall((headers) => {
      assert.strictEqual(headers[':status'], 404);
      get(client, '/fd', common.mustCall((headers, body) => {
        assert.strictEqual(headers[':status'], 200);
        assert.deepStrictEqual(body, fs.readFileSync(file).subarray(5, 15));
        client.close();
        server.close();
      }));
    }));
  }));
}));
