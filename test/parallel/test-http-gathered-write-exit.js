'use strict';
// A response ended in a request handler reaches the client even when the server process ends
// right after it in the same handler: process.exit(), an uncaught exception, a signal to itself.
// (nodus sends the writes of a poll phase together after it; ending the process sends them.)
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { spawn } = require('child_process');

const server = (how) => `
  const http = require('http');
  let n = 0;
  const s = http.createServer((req, res) => {
    if (++n === 1) return res.end('hello');  // the second response is the one that matters
    res.end('bye ' + ${JSON.stringify(how)});
    if (${JSON.stringify(how)} === 'exit') process.exit(3);
    if (${JSON.stringify(how)} === 'throw') throw new Error('after end');
    if (${JSON.stringify(how)} === 'kill') process.kill(process.pid, 'SIGTERM');
  });
  s.listen(0, '127.0.0.1', () => console.log(s.address().port));
`;

function run(how, expectCode, expectSignal) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', server(how)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', common.mustCall((d) => {
      out += d;
      if (!out.includes('\n')) return;
      const get = (expect, then) => {
        http.get({ port: +out, host: '127.0.0.1', agent: false }, common.mustCall((res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (c) => { body += c; });
          res.on('end', common.mustCall(() => {
            assert.strictEqual(body, expect);
            then();
          }));
        }));
      };
      get('hello', () => get('bye ' + how, () => {}));
    }, 1));
    child.on('exit', common.mustCall((code, signal) => {
      assert.strictEqual(code, expectCode, stderr);
      assert.strictEqual(signal, expectSignal);
      resolve();
    }));
  });
}

(async () => {
  await run('exit', 3, null);
  await run('throw', 1, null);
  await run('kill', null, 'SIGTERM');
})().then(common.mustCall());
