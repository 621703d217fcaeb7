'use strict';
// A response written in steps from 2 ms timers, each step a chunked write, must not stall.
// The client is another process that makes its requests one after another, so nothing but the
// server's own timers wakes the server's loop between steps. Before the fix a timer falling due
// between two loop iterations was lost about once in 60 responses: the step never ran and the
// client waited forever (the runner's timeout failed the test).
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { spawn } = require('child_process');

const REQUESTS = 400;
const client = `
  const http = require('http');
  const port = +process.argv[1];
  let i = 0;
  function one() {
    http.get({ port, host: '127.0.0.1', agent: false }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        if (body !== 'x'.repeat(4000) + 'done') throw new Error('body of ' + body.length + ' bytes');
        if (++i < ${REQUESTS}) setTimeout(one, 5); else console.log('done', i);
      });
    });
  }
  one();
`;

const server = http.createServer((req, res) => {
  let n = 0;
  const step = () => {
    if (++n <= 4) {
      res.write('x'.repeat(1000));
      setTimeout(step, 2);
    } else {
      res.end('done');
    }
  };
  step();
});
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const child = spawn(process.execPath, ['-e', client, String(server.address().port)],
                      { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, `done ${REQUESTS}\n`);
    server.close();
  }));
}));
