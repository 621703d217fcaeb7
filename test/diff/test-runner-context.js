'use strict';
// TestContext extras: t.passed/t.error, t.waitFor, assert.register with t.assert, and
// mock.property with its accesses.
const path = require('path');
const fixtures = path.join(__dirname, '..', 'fixtures', 'test-runner');
const { show } = require(path.join(fixtures, 'normalise.js'));

show('context tap', ['--test-reporter=tap', 'context.js'], { cwd: fixtures });
show('context --test spec', ['--test', '--test-reporter=spec', 'context.js'], { cwd: fixtures });
