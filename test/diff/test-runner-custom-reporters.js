'use strict';
// Custom reporters (an async generator module and a Transform class), several reporters with
// their destinations, and the run() API composed with node:test/reporters.
const path = require('path');
const fs = require('fs');
const os = require('os');
const fixtures = path.join(__dirname, '..', 'fixtures', 'test-runner');
const { show, normalise } = require(path.join(fixtures, 'normalise.js'));

show('async generator', ['--test-reporter=./custom-reporter.mjs', 'basic.js'], { cwd: fixtures });
show('stream class', ['--test-reporter=./custom-reporter-stream.js', 'hooks.js'],
  { cwd: fixtures });
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'runner-dest-'));
const file = path.join(dir, 'out.tap');
show('two reporters', ['--test-reporter=dot', '--test-reporter=tap',
  '--test-reporter-destination=stdout', `--test-reporter-destination=${file}`, 'many.js'],
{ cwd: fixtures });
console.log('--- file');
console.log(normalise(fs.readFileSync(file, 'utf8')));
fs.rmSync(dir, { recursive: true });
show('destinations must match', ['--test-reporter=dot', '--test-reporter=tap', 'many.js'],
  { cwd: fixtures, stderr: false });
show('run() api', ['run-api.mjs'], { cwd: fixtures });
