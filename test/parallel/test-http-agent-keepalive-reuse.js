'use strict';
// A keep-alive Agent with maxSockets 1 queues requests and serves them all on one socket;
// 'free' fires between them, freeSockets holds it afterwards, destroy() closes it.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => res.end(String(req.socket.remotePort)));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const { port } = server.address();
  assert.strictEqual(agent.getName({ host: '127.0.0.1', port }), `127.0.0.1:${port}:`);
  let frees = 0;
  agent.on('free', () => frees++);
  const ports = [];
  let done = 0;
  for (let i = 0; i < 3; i++) {
    const req = http.get({ host: '127.0.0.1', port, agent }, common.mustCall((res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', common.mustCall(() => {
        ports.push(body);
        if (++done === 3) setImmediate(finish);
      }));
    }));
    if (i === 2) assert.strictEqual(agent.requests[agent.getName({ host: '127.0.0.1', port })].length, 2);
  }
  function finish() {
    assert.strictEqual(new Set(ports).size, 1);
    assert.strictEqual(frees, 3);
    const name = agent.getName({ host: '127.0.0.1', port });
    assert.strictEqual(agent.freeSockets[name].length, 1);
    assert.strictEqual(agent.sockets[name], undefined);
    agent.destroy();
    server.close();
  }
}));
