'use strict';
// Exit codes and process-level behaviour: process.exitCode kept or set to 1, --test-timeout
// (a whole file's process under --test; nothing in a direct run), --test-force-exit with a
// handle left open, --test-concurrency, uncaught errors and rejections inside and after tests.
const path = require('path');
const fixtures = path.join(__dirname, '..', 'fixtures', 'test-runner');
const { show } = require(path.join(fixtures, 'normalise.js'));
const cwd = path.join(fixtures, 'exit');

show('exitCode kept', ['--test-reporter=tap', 'exitcode.test.js'], { cwd });
show('exitCode under --test', ['--test', '--test-reporter=tap', 'exitcode.test.js'], { cwd });
show('--test-timeout direct', ['--test-reporter=tap', '--test-timeout=50', 'slow.test.js'],
  { cwd });
show('--test-timeout', ['--test', '--test-reporter=tap', '--test-timeout=50', 'slow.test.js'],
  { cwd });
show('--test-force-exit', ['--test', '--test-reporter=tap', '--test-force-exit',
  'handle.test.js'], { cwd });
show('--test-force-exit direct', ['--test-reporter=spec', '--test-force-exit', 'handle.test.js'],
  { cwd });
show('--test-concurrency', ['--test', '--test-reporter=spec', '--test-concurrency=2',
  'exitcode.test.js', 'slow.test.js'], { cwd });
show('errors tap', ['--test-reporter=tap', 'errors.js'], { cwd: fixtures });
show('errors spec --test', ['--test', '--test-reporter=spec', 'errors.js'], { cwd: fixtures });
