'use strict';
const common = require('../common');
const assert = require('assert');
const timersPromises = require('timers/promises');
const { setTimeout: sleep, setImmediate: immediate, setInterval: interval, scheduler } =
  timersPromises;
const util = require('util');

assert.strictEqual(util.promisify(setTimeout), sleep);
assert.strictEqual(util.promisify(setImmediate), immediate);
assert.strictEqual(require('timers').promises, timersPromises);

(async () => {
  assert.strictEqual(await sleep(1, 'v'), 'v');
  assert.strictEqual(await immediate('w'), 'w');
  let n = 0;
  for await (const v of interval(1, 'tick')) {
    assert.strictEqual(v, 'tick');
    if (++n === 3) break;
  }
  assert.strictEqual(await scheduler.wait(1), undefined);
  assert.strictEqual(await scheduler.yield(), undefined);
  await assert.rejects(sleep(1, null, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(sleep(1, null, { ref: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(sleep('1'), { code: 'ERR_INVALID_ARG_TYPE' });
  // An unref'd promise timer does not keep the process alive.
  sleep(100000, null, { ref: false }).then(common.mustNotCall());
})().then(common.mustCall());
