'use strict';
// A cluster of two workers serving HTTP on one port: both serve requests; one worker is killed
// and replaced while requests keep succeeding; the primary exits cleanly once the workers are
// disconnected.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const http = require('http');

if (cluster.isWorker) {
  http.createServer((req, res) => {
    res.end(`worker ${cluster.worker.id}`);
  }).listen(0, '127.0.0.1');
  return;
}

let port;
const seen = [];
let phase = 'both';  // both -> killing -> survivor -> replaced -> done

function get(cb) {
  http.get({ host: '127.0.0.1', port, path: '/', agent: false }, common.mustCallAtLeast((res) => {
    assert.strictEqual(res.statusCode, 200);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => cb(body));
  }));
}

function loop() {
  get((body) => {
    seen.push(body);
    if (phase === 'both' && seen.includes('worker 1') && seen.includes('worker 2')) {
      phase = 'killing';
      cluster.workers[1].kill('SIGKILL');
      return;  // resumes once the primary saw the exit
    }
    if (phase === 'survivor') {
      assert.strictEqual(body, 'worker 2');
      if (!cluster.workers[3]) {
        cluster.fork().once('listening', common.mustCall(() => { phase = 'replaced'; }));
      }
    }
    if (phase === 'replaced' && body === 'worker 3') {
      phase = 'done';
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
    phase = 'survivor';
    loop();
  } else {
    assert.strictEqual(code, 0);
    assert.strictEqual(worker.exitedAfterDisconnect, true);
  }
}, 3));

let listening = 0;
cluster.on('listening', (worker, address) => {
  port = address.port;
  if (++listening === 2) loop();
});
cluster.fork();
cluster.fork();
process.on('exit', (code) => {
  if (code === 0) assert.strictEqual(phase, 'done');
});
