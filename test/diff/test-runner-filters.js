'use strict';
// --test-only, t.runOnly, --test-name-pattern and --test-skip-pattern: what is left out is not
// reported at all (node 22); suites stay for what they contain. Also through --test.
const path = require('path');
const fixtures = path.join(__dirname, '..', 'fixtures', 'test-runner');
const { show } = require(path.join(fixtures, 'normalise.js'));

show('only without the flag', ['--test-reporter=tap', 'only.js'], { cwd: fixtures });
show('--test-only', ['--test-reporter=tap', '--test-only', 'only.js'], { cwd: fixtures });
show('--test-only --test', ['--test', '--test-reporter=spec', '--test-only', 'only.js'],
  { cwd: fixtures });
show('name pattern', ['--test-reporter=tap', '--test-name-pattern=alpha', 'pat.js'],
  { cwd: fixtures });
show('regexp pattern and skip pattern', ['--test-reporter=spec', '--test-name-pattern=/ALP/i',
  '--test-skip-pattern=inner', 'pat.js'], { cwd: fixtures });
show('skip pattern through --test', ['--test', '--test-reporter=spec',
  '--test-skip-pattern=alpha', 'pat.js'], { cwd: fixtures });
