'use strict';
// --watch: the script runs in a child; when a file it loaded (required or imported) changes it
// runs again, with node's messages ("Completed running", "Failed running", "Restarting"), the
// script's arguments kept and the watch flags not passed on. --watch-path watches a folder
// instead. --watch with -e, or without a file, is a bad option (exit 9).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const os = require('os');
const { spawn, spawnSync } = require('child_process');

// Under the sanitizer build's load (make test-asan, -j2) a restart was sometimes not seen within
// the runner's 300 s. The likely cause, a lost timer wake-up (the watcher's 100 ms debounce is a
// timer), is fixed (test-http-server-timer-steps); the skip stays until the sanitizer build has
// run it clean. The normal build runs it.
if (process.env.NODUS_SANITIZED) common.skip('flaky under the sanitizer build (a missed restart)');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-watch-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

for (const args of [['--watch', '-e', '1'], ['--watch']]) {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  assert.strictEqual(r.status, 9, args.join(' '));
  assert.match(r.stderr, /--watch/);
}

// Runs `args`, then each step's `change` once the output so far ends with its `expect` line.
function session(args, steps, done) {
  const child = spawn(process.execPath, args, { cwd: dir });
  let out = '';
  let step = 0;
  let seen = 0;  // each step waits for output after the previous one
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    out += chunk;
    if (step < steps.length && out.length > seen && out.endsWith(steps[step].expect)) {
      seen = out.length;
      const s = steps[step++];
      if (s.change) s.change();
      if (step === steps.length) {
        child.kill();
        child.on('exit', common.mustCall(() => done(out)));
      }
    }
  });
}

fs.writeFileSync(path.join(dir, 'dep.js'), 'module.exports = 1;\n');
fs.writeFileSync(path.join(dir, 'app.js'),
                 "console.log('run', require('./dep'), process.argv.slice(2), process.execArgv);\n");
const waiting = "Waiting for file changes before restarting...\n";
session(['--watch', 'app.js', 'x', 'y'], [
  { expect: `Completed running 'app.js x y'. ${waiting}`,
    change: () => fs.writeFileSync(path.join(dir, 'dep.js'), 'module.exports = 2;\n') },
  { expect: `Completed running 'app.js x y'. ${waiting}`,
    change: () => fs.writeFileSync(path.join(dir, 'app.js'), "console.log('now'); process.exitCode = 3;\n") },
  { expect: `Failed running 'app.js x y'. ${waiting}` },
], common.mustCall((out) => {
  assert.strictEqual(out, [
    "run 1 [ 'x', 'y' ] []",
    `Completed running 'app.js x y'. ${waiting}Restarting 'app.js x y'`,
    "run 2 [ 'x', 'y' ] []",
    `Completed running 'app.js x y'. ${waiting}Restarting 'app.js x y'`,
    'now',
    `Failed running 'app.js x y'. ${waiting}`,
  ].join('\n'));
  esm();
}));

// ES modules report their imports too; --watch-path watches a folder instead of the graph
function esm() {
  fs.writeFileSync(path.join(dir, 'dep.mjs'), 'export const v = 1;\n');
  fs.writeFileSync(path.join(dir, 'app.mjs'), "import { v } from './dep.mjs'; console.log('esm', v);\n");
  session(['--watch', 'app.mjs'], [
    { expect: `Completed running 'app.mjs'. ${waiting}`,
      change: () => fs.writeFileSync(path.join(dir, 'dep.mjs'), 'export const v = 2;\n') },
    { expect: `Completed running 'app.mjs'. ${waiting}` },
  ], common.mustCall((out) => {
    assert.strictEqual(out, `esm 1\nCompleted running 'app.mjs'. ${waiting}Restarting 'app.mjs'\n` +
                            `esm 2\nCompleted running 'app.mjs'. ${waiting}`);
    watchPath();
  }));
}

function watchPath() {
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'plain.js'), "console.log('plain');\n");
  session(['--watch-path=assets', 'plain.js'], [
    { expect: `Completed running 'plain.js'. ${waiting}`,
      change: () => fs.writeFileSync(path.join(dir, 'assets', 'data.txt'), 'x') },
    { expect: `Completed running 'plain.js'. ${waiting}` },
  ], common.mustCall((out) => {
    assert.strictEqual(out, `plain\nCompleted running 'plain.js'. ${waiting}Restarting 'plain.js'\n` +
                            `plain\nCompleted running 'plain.js'. ${waiting}`);
  }));
}
