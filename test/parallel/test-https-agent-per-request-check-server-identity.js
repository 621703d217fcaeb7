'use strict';
// A request that brings its own checkServerIdentity gets a connection of its own: the callback
// runs for it, and its socket is neither taken from nor returned to the keep-alive pool, while
// requests without one share their socket as usual.
const common = require('../common');
const assert = require('assert');
const https = require('https');
const fixtures = require('../common/fixtures');

const server = https.createServer({
  key: fixtures.readSync('tls/server-key.pem'),
  cert: fixtures.readSync('tls/server-cert.pem'),
}, (req, res) => res.end('ok'));

const agent = new https.Agent({ keepAlive: true, ca: fixtures.readSync('tls/ca-cert.pem') });

function get(extra) {
  return new Promise((resolve, reject) => {
    const req = https.get({ host: 'localhost', port: server.address().port, agent, ...extra },
                          (res) => {
                            res.resume();
                            res.on('end', () => setImmediate(() => resolve(req)));
                          });
    req.on('error', reject);
  });
}

server.listen(0, common.mustCall(async () => {
  const first = await get({});
  assert.strictEqual(first.reusedSocket, false);
  const second = await get({});
  assert.strictEqual(second.reusedSocket, true);

  const check = common.mustCall(() => undefined, 2);  // once per connection
  const own = await get({ checkServerIdentity: check });
  assert.strictEqual(own.reusedSocket, false);
  const again = await get({ checkServerIdentity: check });
  assert.strictEqual(again.reusedSocket, false);

  // The pooled socket is still there for requests without one.
  const plain = await get({});
  assert.strictEqual(plain.reusedSocket, true);
  // Only the shared socket sits in the pool.
  const free = Object.values(agent.freeSockets).flat();
  assert.strictEqual(free.length, 1);

  // The agent's own checkServerIdentity is no per-request one: its sockets are pooled.
  const agentCheck = common.mustCall(() => undefined);
  const agent2 = new https.Agent({ keepAlive: true, ca: fixtures.readSync('tls/ca-cert.pem'),
                                   checkServerIdentity: agentCheck });
  const a1 = await get({ agent: agent2, checkServerIdentity: agentCheck });
  const a2 = await get({ agent: agent2, checkServerIdentity: agentCheck });
  assert.strictEqual(a1.reusedSocket, false);
  assert.strictEqual(a2.reusedSocket, true);
  agent2.destroy();
  agent.destroy();
  server.close();
}));
