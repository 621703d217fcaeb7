'use strict';
// dgram close(): 'close' once on a later tick; closing before the bind finished drops the
// bind; a close queued behind a send drops the send.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

{
  const s = dgram.createSocket('udp4');
  let sync = true;
  s.on('close', common.mustCall(() => assert.strictEqual(sync, false)));
  assert.strictEqual(s.close(common.mustCall()), s);
  sync = false;
}

{
  // Closed before the bind's lookup finished: no 'listening', no error.
  const s = dgram.createSocket('udp4');
  s.on('listening', common.mustNotCall());
  s.bind(0, '127.0.0.1');
  s.close(common.mustCall());
}

{
  // A close() issued while a send waits for the bind runs after the bind, before the send's
  // address lookup finished: the datagram is dropped and its callback never runs.
  const sender = dgram.createSocket('udp4');
  const events = [];
  sender.send('queued', 9, '127.0.0.1', common.mustNotCall());
  sender.on('listening', () => events.push('listening'));
  sender.close(common.mustCall(() => {
    events.push('close');
    assert.deepStrictEqual(events, ['listening', 'close']);
  }));
}
