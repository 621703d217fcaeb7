'use strict';
// node:test run directly (no --test): the tap, spec, dot and junit reporters on passing,
// failing (assert diffs), skipped, todo, nested and cancelled tests, hooks, plan, timeouts.
const path = require('path');
const fixtures = path.join(__dirname, '..', 'fixtures', 'test-runner');
const { show } = require(path.join(fixtures, 'normalise.js'));

for (const file of ['basic.js', 'hooks.js', 'concurrency.js']) {
  for (const reporter of ['tap', 'spec']) {
    show(`${file} ${reporter}`, [`--test-reporter=${reporter}`, file], { cwd: fixtures });
  }
}
for (const reporter of ['dot', 'junit', 'spec', 'tap']) {
  show(`many.js ${reporter}`, [`--test-reporter=${reporter}`, 'many.js'], { cwd: fixtures });
}
// the default reporter when stdout is not a terminal
show('basic.js default', ['basic.js'], { cwd: fixtures });
