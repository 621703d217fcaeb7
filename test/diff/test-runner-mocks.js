'use strict';
// node:test's mock: mock.fn/method/getter/setter, call tracking, restore/reset, mocks that end
// with their test, and mock.timers (setTimeout/setInterval/setImmediate/Date, timers/promises).
const path = require('path');
const fixtures = path.join(__dirname, '..', 'fixtures', 'test-runner');
const { show } = require(path.join(fixtures, 'normalise.js'));

for (const file of ['mocks.js', 'mock-timers.js']) {
  show(`${file} tap`, ['--test-reporter=tap', file], { cwd: fixtures });
  show(`${file} spec`, ['--test-reporter=spec', file], { cwd: fixtures });
}
