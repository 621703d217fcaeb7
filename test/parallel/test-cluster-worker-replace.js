'use strict';
// Rolling restart: a worker retired with worker.disconnect() (its server closes, it exits)
// while clients keep connecting is replaced; every connection is answered (by the survivor,
// then also by the replacement) and the primary exits once the workers are gone.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const net = require('net');

if (cluster.isWorker) {
  net.createServer((sock) => sock.end(`ok ${cluster.worker.id}`)).listen(0, '127.0.0.1');
  return;
}

let port;
let answered = 0;
const seen = new Set();
let state = 'warmup';  // warmup -> killed -> replaced -> done

function request() {
  let data = '';
  net.connect(port, '127.0.0.1')
    .on('data', (d) => { data += d; })
    .on('end', () => {
      assert.match(data, /^ok \d$/);
      seen.add(data);
      answered++;
      if (state === 'warmup' && seen.has('ok 1') && seen.has('ok 2')) {
        state = 'killed';
        cluster.workers[1].disconnect();
      }
      if (state === 'replaced' && seen.has('ok 3')) {
        state = 'done';
        cluster.disconnect(common.mustCall());
        return;
      }
      assert.ok(answered < 10000);
      request();
    });
}

cluster.on('exit', common.mustCall((worker, code, signal) => {
  if (worker.id === 1) {
    assert.strictEqual(worker.exitedAfterDisconnect, true);
    cluster.fork().once('listening', common.mustCall(() => { state = 'replaced'; }));
  } else {
    assert.strictEqual(code, 0);
    assert.strictEqual(worker.exitedAfterDisconnect, true);
  }
}, 3));

let listening = 0;
cluster.on('listening', (worker, address) => {
  port = address.port;
  if (++listening === 2) request();
});
cluster.fork();
cluster.fork();
process.on('exit', () => assert.strictEqual(state, 'done'));
