'use strict';
// AsyncLocalStorage in HTTP handlers: a server listening inside run() sees that store in its
// handlers, and a per-request run() survives awaits, timers and the response's callbacks.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { AsyncLocalStorage } = require('async_hooks');

const serverStore = new AsyncLocalStorage();
const requestStore = new AsyncLocalStorage();

const server = serverStore.run('server', () => http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(serverStore.getStore(), 'server');
  requestStore.run({ url: req.url }, async () => {
    await new Promise((r) => setTimeout(r, 1));
    assert.deepStrictEqual(requestStore.getStore(), { url: req.url });
    req.on('end', common.mustCall(() => {
      res.end(requestStore.getStore() ? 'in-store' : 'lost', common.mustCall(() => {
        assert.strictEqual(serverStore.getStore(), 'server');
      }));
    }));
    req.resume();
  });
}, 2)));

// The listening handle is made by listen(): its store is the one its connections carry.
serverStore.run('server', () => server.listen(0, '127.0.0.1', common.mustCall(() => {
  assert.strictEqual(serverStore.getStore(), 'server');
  let pending = 2;
  for (const path of ['/a', '/b']) {
    requestStore.run(`client ${path}`, () => {
      http.get({ port: server.address().port, host: '127.0.0.1', path }, common.mustCall((res) => {
        assert.strictEqual(requestStore.getStore(), `client ${path}`);
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => { body += d; });
        res.on('end', common.mustCall(() => {
          assert.strictEqual(body, 'in-store');
          if (--pending === 0) server.close();
        }));
      }));
    });
  }
})));
