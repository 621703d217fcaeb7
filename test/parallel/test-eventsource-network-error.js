// Flags: --experimental-eventsource --no-warnings
'use strict';
// A connection that cannot be made fires 'error' twice with readyState CONNECTING (as node 22
// does) and leaves the source CLOSED, without trying again.
const common = require('../common');
const assert = require('assert');
const net = require('net');

// A port nothing listens on: take one, then free it.
const probe = net.createServer().listen(0, common.mustCall(() => {
  const { port } = probe.address();
  probe.close(common.mustCall(() => {
    const es = new EventSource(`http://127.0.0.1:${port}/`);
    es.onopen = common.mustNotCall();
    let errors = 0;
    es.onerror = common.mustCall(() => {
      assert.strictEqual(es.readyState, EventSource.CONNECTING);
      if (++errors === 2) {
        setImmediate(common.mustCall(() => {
          assert.strictEqual(es.readyState, EventSource.CLOSED);
        }));
      }
    }, 2);
  }));
}));
