'use strict';
// Session controls: initial settings from options reach the peer ('remoteSettings'),
// session.settings() is acknowledged ('localSettings' and the callback), ping() round-trips
// its payload, goaway() reaches the peer with code and opaque data, and argument errors.
const common = require('../common');
const assert = require('assert');
const http2 = require('http2');

const server = http2.createServer({ settings: { maxConcurrentStreams: 7, initialWindowSize: 100000 } });
server.on('session', common.mustCall((session) => {
  session.on('goaway', common.mustCall((code, lastStreamID, opaque) => {
    assert.strictEqual(code, http2.constants.NGHTTP2_NO_ERROR);
    assert.strictEqual(opaque.toString(), 'bye');
    client.close();
    server.close();
  }));
}));

let client;
server.listen(0, common.mustCall(() => {
  client = http2.connect(`http://localhost:${server.address().port}`);
  client.once('remoteSettings', common.mustCall((settings) => {
    assert.strictEqual(settings.maxConcurrentStreams, 7);
    assert.strictEqual(settings.initialWindowSize, 100000);
    assert.throws(() => client.settings({ maxFrameSize: 1 }), { code: 'ERR_HTTP2_INVALID_SETTING_VALUE' });
    assert.throws(() => client.ping(Buffer.alloc(3), () => {}), { code: 'ERR_HTTP2_PING_LENGTH' });
    client.settings({ headerTableSize: 1000 }, common.mustCall((err, settings) => {
      assert.ifError(err);
      assert.strictEqual(settings.headerTableSize, 1000);
      const payload = Buffer.from('abcdefgh');
      assert.strictEqual(client.ping(payload, common.mustCall((err, duration, back) => {
        assert.ifError(err);
        assert.strictEqual(typeof duration, 'number');
        assert.deepStrictEqual(back, payload);
        client.goaway(0, 0, Buffer.from('bye'));
      })), true);
    }));
  }));
}));
