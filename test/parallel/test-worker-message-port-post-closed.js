'use strict';
// MessagePort#postMessage answers true while the port is open and undefined once close() was
// called on it; its peer still answers true in the same tick (the close reaches it later).
require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
assert.strictEqual(port1.postMessage('open'), true);
assert.strictEqual(port1.postMessage({ a: 1 }, []), true);
port1.close();
assert.strictEqual(port1.postMessage('closed'), undefined);
assert.strictEqual(port2.postMessage('peer'), true);
// the message is still checked on a closed port
assert.throws(() => port1.postMessage(() => {}), { name: 'DataCloneError' });
