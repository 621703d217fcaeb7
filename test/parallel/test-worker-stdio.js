'use strict';
// A worker's stdout/stderr: with the stdout/stderr options they are readable streams on the
// Worker; stdin: true lets the parent write to the worker's process.stdin.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  process.stdout.write('out 1\\n');
  console.log('out 2');
  console.error('err 1');
  let input = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (d) => { input += d; });
  process.stdin.on('end', () => console.log('stdin said ' + input));
`, { eval: true, stdout: true, stderr: true, stdin: true });
let out = '';
let err = '';
w.stdout.setEncoding('utf8').on('data', (d) => { out += d; });
w.stderr.setEncoding('utf8').on('data', (d) => { err += d; });
w.stdin.write('hello ');
w.stdin.end('worker');
w.stdout.on('end', common.mustCall(() => {
  assert.strictEqual(out, 'out 1\nout 2\nstdin said hello worker\n');
  assert.strictEqual(err, 'err 1\n');
}));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
