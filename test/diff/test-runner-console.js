'use strict';
// console output of the tests and hooks interleaves with the reporter's lines as in node (the
// reporter reads the events through a stream, a few ticks behind), directly and under --test.
const path = require('path');
const fixtures = path.join(__dirname, '..', 'fixtures', 'test-runner');
const { show } = require(path.join(fixtures, 'normalise.js'));

for (const reporter of ['tap', 'spec']) {
  show(`console.js ${reporter}`, [`--test-reporter=${reporter}`, 'console.js'], { cwd: fixtures });
  show(`console.js --test ${reporter}`, ['--test', `--test-reporter=${reporter}`, 'console.js'],
    { cwd: fixtures });
}
