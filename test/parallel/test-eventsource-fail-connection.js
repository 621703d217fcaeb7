// Flags: --experimental-eventsource --no-warnings
'use strict';
// A response that is not 200 with Content-Type text/event-stream fails the connection: one
// 'error' with readyState CLOSED, no 'open', and no second request.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  if (req.url === '/404') res.writeHead(404, { 'content-type': 'text/event-stream' });
  else res.writeHead(200, { 'content-type': 'application/json' });
  res.end('data: x\n\n');
}, 2));

server.listen(0, common.mustCall(() => {
  let pending = 2;
  for (const path of ['/404', '/json']) {
    const es = new EventSource(`http://127.0.0.1:${server.address().port}${path}`);
    es.onopen = common.mustNotCall();
    es.onmessage = common.mustNotCall();
    es.onerror = common.mustCall(() => {
      assert.strictEqual(es.readyState, EventSource.CLOSED);
      if (--pending === 0) setTimeout(() => server.close(), 50);
    });
  }
}));
