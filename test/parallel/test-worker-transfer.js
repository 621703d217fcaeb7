'use strict';
// Transferring an ArrayBuffer detaches it on the sending side and hands the bytes over;
// a MessagePort sent in the transfer list works on the other side.
const common = require('../common');
const assert = require('assert');
const { Worker, MessageChannel, isMainThread, parentPort } = require('worker_threads');

if (!isMainThread) {
  parentPort.once('message', ({ buf, port }) => {
    const bytes = new Uint8Array(buf);
    port.postMessage({ sum: bytes.reduce((a, b) => a + b, 0), length: bytes.length });
    port.close();
  });
  return;
}

const w = new Worker(__filename);
const { port1, port2 } = new MessageChannel();
const buf = new ArrayBuffer(8);
new Uint8Array(buf).set([1, 2, 3, 4, 5, 6, 7, 8]);
w.postMessage({ buf, port: port2 }, [buf, port2]);
assert.strictEqual(buf.byteLength, 0);
port1.on('message', common.mustCall((m) => {
  assert.deepStrictEqual(m, { sum: 36, length: 8 });
}));
port1.on('close', common.mustCall());
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

// A port that is not in the transfer list cannot be sent.
const other = new MessageChannel();
assert.throws(() => port1.postMessage(other.port1), { name: 'DataCloneError' });
other.port1.close();
