'use strict';
// Worker execArgv: node accepts the options a thread can have on its own and refuses per-process
// options, V8 flags and unknown flags (ERR_WORKER_INVALID_EXEC_ARGV listing them) or names the
// error of an accepted option with a bad or missing value. Parsing stops at the first non-option.
const { Worker } = require('worker_threads');

const cases = [
  ['--title=x'], ['--title', 'x'], ['--max-old-space-size=10'], ['--expose-gc'], ['--expose_gc'],
  ['--abort-on-uncaught-exception'], ['--prof'], ['--v8-options'], ['--bad-flag'], ['--foo', '--bar'],
  ['--title=x', '--expose-gc', '--foo'], ['--trace-warnings', '--foo'], ['--disable-proto=throw'],
  ['--stack-size=100'], ['--stack-trace-limit=5'], ['--stack-trace-limit', '5'], ['--stack-trace-limit'],
  ['--icu-data-dir=x'], ['--openssl-config=x'], ['--secure-heap=2'], ['--zero-fill-buffers'],
  ['--no-zero-fill-buffers'], ['--jitless'], ['--v8-pool-size=1'], ['--use-largepages=on'], ['--version'],
  ['-v'], ['-h'], ['--run=x'], ['--snapshot-blob=x'], ['--experimental-shadow-realm'], ['-x'],
  ['--watch'], ['--watch', '--foo'], ['--watch-path'], ['--watch-path=x'], ['--debug-port=1'],
  ['--inspect-port=1'], ['--inspect=1'], ['--no-inspect=1'], ['--inspect-publish-uid=x'],
  ['--input-type=bad'], ['--unhandled-rejections=bad'], ['--experimental-default-type=x'],
  ['--max-old-space-size-percentage', 'x'], ['--trace-require-module=x'], ['-r'], ['--require'],
  ['--conditions'], ['--cpu-prof-dir=x'], ['--heap-prof-name=x', '--no-heap-prof'],
  ['--no-experimental-modules'], ['--no-http-parser=1'], ['--no-title'], ['--no-expose-gc'],
  // accepted
  ['--no-warnings'], ['--no-warnings=1'], ['--input-type=module'], ['--eval', 'x'], ['-e', 'x'], ['-p'],
  ['--interactive'], ['--watch', 'x'], ['x', '--foo'], ['--', '--foo'], ['--cpu-prof', '--cpu-prof-dir=x'],
  ['--experimental-vm-modules'], ['--tls-max-v1.2'], ['--max-http-header-size=10'], ['-r', 'x'],
  ['--no-watch'], ['--experimental-modules'], ['--inspect-port=0'],
];
for (const execArgv of cases) {
  try {
    const w = new Worker('', { eval: true, execArgv, stdout: true, stderr: true });
    w.terminate();
    console.log(JSON.stringify(execArgv), 'accepted');
  } catch (e) {
    console.log(JSON.stringify(execArgv), e.name, e.code, e.message);
  }
}
