'use strict';
// fork(): messages both ways, send callbacks, process.connected/channel in the child,
// disconnect from the child, then 'exit' and 'close'.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  assert.strictEqual(process.connected, true);
  assert.strictEqual(typeof process.channel, 'object');
  assert.strictEqual(process.env.NODE_CHANNEL_FD, undefined);
  process.on('message', (msg) => {
    if (msg === 'done') {
      process.disconnect();
      assert.strictEqual(process.connected, false);
      return;
    }
    process.send({ got: msg, type: typeof msg }, (err) => assert.ifError(err));
  });
  process.on('disconnect', () => process.stdout.write('child disconnected'));
  return;
}

const child = fork(__filename, ['child'], { silent: true });
const sent = [{ a: 1, nested: [true, null, 'x'] }, 'str', 42, false, 'unicode \u00e9\u4e2d\n'];
const received = [];
let out = '';
child.stdout.on('data', (d) => { out += d; });
child.on('message', common.mustCall((msg) => {
  received.push(msg);
  if (received.length === sent.length) child.send('done');
}, sent.length));
for (const m of sent) assert.strictEqual(child.send(m, common.mustSucceed()), true);
assert.strictEqual(child.connected, true);
child.on('disconnect', common.mustCall(() => {
  assert.strictEqual(child.connected, false);
  child.send('late', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_IPC_CHANNEL_CLOSED');
  }));
}));
child.on('close', common.mustCall((code, signal) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(out, 'child disconnected');
  assert.deepStrictEqual(received, sent.map((m) => ({ got: m, type: typeof m })));
}));
