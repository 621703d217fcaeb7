'use strict';
// session.setNextStreamID() (checked as node: a number in 1..2**32-1), the goaway getters'
// defaults, and stream.headRequest on the server.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');

const server = http2.createServer();
server.on('stream', common.mustCall((stream, headers) => {
  assert.strictEqual(stream.id, 11);
  assert.strictEqual(stream.headRequest, true);
  stream.respond();
  stream.end();
}));
server.listen(0, common.mustCall(() => {
  const client = http2.connect(`http://localhost:${server.address().port}`);
  assert.strictEqual(client.goawayCode, 0);
  assert.strictEqual(client.goawayLastStreamID, 0);
  client.on('connect', common.mustCall(() => {
    assert.throws(() => client.setNextStreamID('x'), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => client.setNextStreamID(0), {
      code: 'ERR_OUT_OF_RANGE',
      message: 'The value of "id" is out of range. It must be > 0 and <= 4294967295. Received 0',
    });
    assert.throws(() => client.setNextStreamID(2 ** 32), { code: 'ERR_OUT_OF_RANGE' });
    client.setNextStreamID(11);
    const req = client.request({ ':path': '/', ':method': 'HEAD' });
    assert.strictEqual(req.headRequest, false);
    req.resume();
    req.on('close', common.mustCall(() => {
      assert.strictEqual(req.id, 11);
      client.close();
      server.close();
    }));
  }));
}));
