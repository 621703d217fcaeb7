'use strict';
// fs.promises.watch yields { eventType, filename } events and ends with an AbortError when its
// signal aborts.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const ac = new AbortController();
(async () => {
  const iterator = fs.promises.watch(tmpdir.path, { signal: ac.signal });
  const first = iterator.next();
  fs.writeFileSync(path.join(tmpdir.path, 'p.txt'), 'p');
  const { value } = await first;
  assert(value.eventType === 'rename' || value.eventType === 'change');
  assert.strictEqual(value.filename, 'p.txt');
  ac.abort();
  await assert.rejects(iterator.next(), { name: 'AbortError', code: 'ABORT_ERR' });
  const aborted = fs.promises.watch(tmpdir.path, { signal: AbortSignal.abort() });
  await assert.rejects(aborted.next(), { name: 'AbortError' });
})().then(common.mustCall());
