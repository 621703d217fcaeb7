'use strict';
// The TLS server name an https request sends comes from its Host header when it has one (port
// and IPv6 brackets removed), else from options.host; an IP address is never sent. The agent's
// 'free' event gets the options with that servername.
const common = require('../common');
const assert = require('assert');
const https = require('https');
const fixtures = require('../common/fixtures');

const seen = [];
const server = https.createServer({
  key: fixtures.readSync('tls/server-key.pem'),
  cert: fixtures.readSync('tls/server-cert.pem'),
}, (req, res) => {
  seen.push(req.socket.servername);
  res.end();
});

function get(headers, host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const agent = new https.Agent({ rejectUnauthorized: false, keepAlive: true });
    let freeOptions;
    agent.on('free', (socket, options) => { freeOptions = options; });
    https.get({ host, port: server.address().port, headers, agent }, (res) => {
      res.resume();
      res.on('end', () => setImmediate(() => {
        agent.destroy();
        resolve(freeOptions.servername);
      }));
    }).on('error', reject);
  });
}

server.listen(0, common.mustCall(async () => {
  const port = server.address().port;
  assert.strictEqual(await get({ host: 'named.example' }), 'named.example');
  assert.strictEqual(await get({ host: `with-port.example:${port}` }), 'with-port.example');
  assert.strictEqual(await get({ host: '[::1]:8443' }), '');
  assert.strictEqual(await get({ host: '10.0.0.1' }), '');
  assert.strictEqual(await get({}, 'localhost'), 'localhost');
  assert.deepStrictEqual(seen, ['named.example', 'with-port.example', false, false, 'localhost']);
  server.close();
}));
