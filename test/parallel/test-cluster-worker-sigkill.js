'use strict';
// A worker that dies abruptly (SIGKILL) leaves the rotation: once the primary has seen its
// 'exit', every connection goes to the survivor; a replacement joins the rotation.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const net = require('net');

if (cluster.isWorker) {
  net.createServer((sock) => sock.end(`ok ${cluster.worker.id}`)).listen(0, '127.0.0.1');
  return;
}

let port;
const seen = [];
let phase = 'both';

function request(cb) {
  let data = '';
  net.connect(port, '127.0.0.1')
    .on('data', (d) => { data += d; })
    .on('end', common.mustCallAtLeast(() => cb(data)));
}

function loop() {
  request((data) => {
    seen.push(data);
    if (phase === 'both' && seen.includes('ok 1') && seen.includes('ok 2')) {
      phase = 'killing';
      cluster.workers[1].process.kill('SIGKILL');
      return;  // resumes on 'exit'
    }
    if (phase === 'survivor' && data === 'ok 3' && cluster.workers[3]) {
      // The replacement is in the rotation once the primary has its listen request, a message
      // before the primary's 'listening' event: a connection may reach it in between.
      phase = 'replaced';
    }
    if (phase === 'survivor') {
      assert.strictEqual(data, 'ok 2');
      if (seen.filter((d) => d === 'ok 2').length > 5 && !cluster.workers[3]) {
        cluster.fork().once('listening', () => { phase = 'replaced'; });
      }
    }
    if (phase === 'replaced' && data === 'ok 3') {
      cluster.disconnect(common.mustCall());
      return;
    }
    assert.ok(seen.length < 10000);
    loop();
  });
}

cluster.on('exit', common.mustCall((worker, code, signal) => {
  if (worker.id === 1) {
    assert.strictEqual(signal, 'SIGKILL');
    assert.strictEqual(worker.exitedAfterDisconnect, false);
    phase = 'survivor';
    loop();
  } else {
    assert.strictEqual(code, 0);
  }
}, 3));

let listening = 0;
cluster.on('listening', (worker, address) => {
  port = address.port;
  if (++listening === 2) loop();
});
cluster.fork();
cluster.fork();
