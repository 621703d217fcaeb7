'use strict';
// A keep-alive socket reused many times (handed to queued requests or taken from the free list)
// carries one 'error' listener per request, not one more each time.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => res.end('x'));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const port = server.address().port;
  const total = 8;
  let started = 0;
  let ended = 0;
  function one() {
    http.get({ host: '127.0.0.1', port, agent }, common.mustCall((res) => {
      assert.strictEqual(res.socket.listenerCount('error'), 1);
      res.resume();
      res.on('end', () => {
        ended++;
        if (ended === total) {
          agent.destroy();
          server.close();
        } else if (started < total - 1) {
          started++;
          one();
        } else if (started === total - 1) {
          started++;
          setTimeout(one, 10);  // from the free list this time
        }
      });
    }));
  }
  started = 2;
  one();
  one();
}));
