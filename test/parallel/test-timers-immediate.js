'use strict';
const common = require('../common');
const assert = require('assert');

const seen = [];
setImmediate(common.mustCall((a, b) => {
  seen.push(`i1 ${a} ${b}`);
  setImmediate(common.mustCall(() => {
    seen.push('i3');
    assert.deepStrictEqual(seen, ['i1 x y', 'tick', 'i2', 'i3']);
  }));
  process.nextTick(() => seen.push('tick'));
}), 'x', 'y');
setImmediate(common.mustCall(() => seen.push('i2')));

const cleared = setImmediate(common.mustNotCall());
clearImmediate(cleared);
clearImmediate(undefined);
clearImmediate(null);

const unrefed = setImmediate(common.mustNotCall()).unref();
assert.strictEqual(unrefed.hasRef(), false);
setImmediate(() => {}).ref();
clearImmediate(unrefed);

// An immediate cleared by an earlier immediate in the same batch does not run.
let later;
setImmediate(common.mustCall(() => clearImmediate(later)));
later = setImmediate(common.mustNotCall());
