'use strict';
// --dns-result-order sets dns.getDefaultResultOrder() (also from NODE_OPTIONS, and in workers);
// setDefaultResultOrder() still overrides it; a bad value fails at start-up with
// ERR_INVALID_ARG_VALUE and a missing one is a bad option (exit 9).
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const print = 'const dns = require("dns"); ' +
  'console.log(dns.getDefaultResultOrder(), dns.promises.getDefaultResultOrder())';

function run(args, env) {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

assert.strictEqual(run(['-e', print]).out, 'verbatim verbatim\n');
for (const order of ['ipv4first', 'ipv6first', 'verbatim']) {
  assert.strictEqual(run([`--dns-result-order=${order}`, '-e', print]).out, `${order} ${order}\n`);
  assert.strictEqual(run(['--dns-result-order', order, '-e', print]).out, `${order} ${order}\n`);
  assert.strictEqual(run(['-e', print], { NODE_OPTIONS: `--dns-result-order=${order}` }).out,
                     `${order} ${order}\n`);
}
// The last one wins; underscores are dashes.
assert.strictEqual(
  run(['--dns-result-order=ipv4first', '--dns_result_order=ipv6first', '-e', print]).out,
  'ipv6first ipv6first\n');
// The command line beats NODE_OPTIONS.
assert.strictEqual(
  run(['--dns-result-order=ipv6first', '-e', print], { NODE_OPTIONS: '--dns-result-order=ipv4first' })
    .out,
  'ipv6first ipv6first\n');
// Not part of execArgv when it came from NODE_OPTIONS.
assert.strictEqual(
  run(['-p', 'process.execArgv.length'], { NODE_OPTIONS: '--dns-result-order=ipv4first' }).out,
  '2\n');

assert.strictEqual(
  run(['--dns-result-order=ipv4first', '-e',
       'require("dns").setDefaultResultOrder("verbatim"); ' + print]).out,
  'verbatim verbatim\n');

// Workers start from the command line's order, not the parent's setDefaultResultOrder().
assert.strictEqual(
  run(['--dns-result-order=ipv6first', '-e',
       'require("dns").setDefaultResultOrder("ipv4first"); ' +
       `new (require("worker_threads").Worker)(${JSON.stringify(print)}, { eval: true })`]).out,
  'ipv6first ipv6first\n');

const bad = run(['--dns-result-order=ipv5first', '-e', 'console.log("ran")']);
assert.strictEqual(bad.code, 1);
assert.strictEqual(bad.out, '');
assert.match(bad.err, /ERR_INVALID_ARG_VALUE/);
assert.match(bad.err, /The argument '--dns-result-order' must be one of: 'verbatim', 'ipv4first', 'ipv6first'\. Received 'ipv5first'/);

const missing = run(['-e', 'console.log("ran")', '--dns-result-order']);
assert.strictEqual(missing.code, 9);
assert.match(missing.err, /--dns-result-order requires an argument/);
const dashed = run(['--dns-result-order', '-e', 'console.log("ran")']);
assert.strictEqual(dashed.code, 9);
assert.match(dashed.err, /--dns-result-order requires an argument/);
