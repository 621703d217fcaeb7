'use strict';
// examples/fib-server.js: with the worker pool, light requests are answered while a heavy one
// computes; computing on the main thread, the light request waits for the heavy one. The test
// compares the order of the answers, not times.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const path = require('path');
const { start } = require(path.join(__dirname, '..', '..', 'examples', 'fib-server.js'));

function get(port, p) {
  return new Promise((resolve, reject) => {
    http.get({ port, path: p, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

async function order(mode, n) {
  const server = start({ port: 0, mode, workers: 2 });
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address();
  const events = [];
  const heavy = get(port, `/fib/${n}`).then((body) => {
    events.push('heavy');
    assert.deepStrictEqual(JSON.parse(body), { n, result: expected[n] });
  });
  // Give the heavy request a head start so it is being computed.
  await new Promise((r) => setTimeout(r, 50));
  const light = (async () => {
    for (let i = 0; i < 3; i++) assert.strictEqual(await get(port, '/'), 'ok\n');
    events.push('light');
  })();
  await Promise.all([heavy, light]);
  server.close();
  return events;
}

const expected = { 30: 832040, 36: 14930352, 38: 39088169 };

(async () => {
  assert.deepStrictEqual(await order('inline', 36), ['heavy', 'light']);
  assert.deepStrictEqual(await order('pool', 38), ['light', 'heavy']);
})().then(common.mustCall());
