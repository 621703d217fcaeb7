'use strict';
// `--test`: node 22's default file patterns (node_modules left out), each file in its own
// process, stdout/stderr of the files, files without tests, exit codes, the joint summary.
const path = require('path');
const fixtures = path.join(__dirname, '..', 'fixtures', 'test-runner');
const { show } = require(path.join(fixtures, 'normalise.js'));
const cwd = path.join(fixtures, 'discovery');

show('--test tap', ['--test', '--test-reporter=tap'], { cwd });
show('--test spec', ['--test', '--test-reporter=spec'], { cwd });
show('--test dot', ['--test', '--test-reporter=dot'], { cwd });
show('--test files', ['--test', '--test-reporter=tap', 'sub/thing-test.js', 'test.cjs'], { cwd });
show('--test glob', ['--test', '--test-reporter=tap', 'sub/*.js'], { cwd });
show('--test no match', ['--test', '--test-reporter=tap', 'zz*.js'], { cwd });
show('--test missing', ['--test', '--test-reporter=tap', 'missing.js'], { cwd });
show('--test name pattern', ['--test', '--test-reporter=tap', '--test-name-pattern=esm',
  'ok_test.mjs'], { cwd });
