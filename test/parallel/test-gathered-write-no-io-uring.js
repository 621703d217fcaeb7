'use strict';
// nodus sends a poll phase's gathered responses through one io_uring submission; with
// UV_USE_IO_URING=0 (or where the kernel refuses a ring) each goes out with its own write(2).
// Both paths must behave alike: the batch tests print the same with the ring and without, and
// the many-connections test passes without it.
require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const diff = path.join(__dirname, '..', 'diff');
const run = (file, env) => {
  const r = spawnSync(process.execPath, [file], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60000,
  });
  assert.strictEqual(r.status, 0, `${file} ${JSON.stringify(env)}: ${r.stderr}`);
  return r.stdout;
};

for (const name of ['net-gathered-write-backpressure.js', 'http-gathered-write-reset-batch.js']) {
  const file = path.join(diff, name);
  const off = run(file, { UV_USE_IO_URING: '0' });
  const on = run(file, {});
  assert.doesNotMatch(off, /WRONG/);
  assert.match(off, /client exit 0/);
  assert.strictEqual(off, on, name);
}
run(path.join(__dirname, 'test-http-gathered-write-many.js'), { UV_USE_IO_URING: '0' });
