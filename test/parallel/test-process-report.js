'use strict';
// process.report: getReport()'s sections and header fields (the shape packages such as
// detect-libc read: header.glibcVersionRuntime), writeReport() to a default name, a given name,
// a directory and stdout, compact and excludeEnv, the settings' validation, and reports written
// on an uncaught exception and on a signal.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const os = require('os');
const { spawnSync } = require('child_process');

const r = process.report.getReport();
assert.deepStrictEqual(Object.keys(r), [
  'header', 'javascriptStack', 'javascriptHeap', 'nativeStack', 'resourceUsage',
  'uvthreadResourceUsage', 'libuv', 'workers', 'environmentVariables', 'userLimits',
  'sharedObjects',
]);
for (const key of ['reportVersion', 'event', 'trigger', 'filename', 'dumpEventTime',
  'dumpEventTimeStamp', 'processId', 'threadId', 'cwd', 'commandLine', 'nodejsVersion',
  'glibcVersionRuntime', 'glibcVersionCompiler', 'wordSize', 'arch', 'platform',
  'componentVersions', 'release', 'osName', 'osRelease', 'osVersion', 'osMachine', 'cpus',
  'networkInterfaces', 'host']) {
  assert.ok(key in r.header, key);
}
const h = r.header;
assert.strictEqual(h.reportVersion, 5);
assert.strictEqual(h.event, 'JavaScript API');
assert.strictEqual(h.trigger, 'GetReport');
assert.strictEqual(h.filename, null);
assert.strictEqual(h.processId, process.pid);
assert.strictEqual(h.threadId, 0);
assert.strictEqual(h.cwd, process.cwd());
assert.strictEqual(h.nodejsVersion, process.version);
assert.match(h.glibcVersionRuntime, /^\d+\.\d+$/);
assert.match(h.glibcVersionCompiler, /^\d+\.\d+$/);
assert.strictEqual(h.wordSize, 64);
assert.strictEqual(h.osName, os.type());
assert.strictEqual(h.host, os.hostname());
assert.strictEqual(h.cpus.length, os.cpus().length);
assert.match(h.dumpEventTime, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
assert.strictEqual(typeof h.dumpEventTimeStamp, 'string');
assert.deepStrictEqual(h.componentVersions, { ...process.versions });
assert.strictEqual(r.javascriptStack.message, 'Error [ERR_SYNTHETIC]: JavaScript Callstack');
assert.ok(r.javascriptStack.stack.every((l) => l.startsWith('at ')));
assert.deepStrictEqual(r.javascriptStack.errorProperties, { code: 'ERR_SYNTHETIC' });
assert.ok(r.javascriptHeap.usedMemory > 0);
assert.ok('new_space' in r.javascriptHeap.heapSpaces);
assert.strictEqual(r.environmentVariables.PATH, process.env.PATH);
for (const name of ['core_file_size_blocks', 'open_files', 'stack_size_bytes', 'virtual_memory_bytes']) {
  const { soft, hard } = r.userLimits[name];
  assert.ok(soft === 'unlimited' || typeof soft === 'number', name);
  assert.ok(hard === 'unlimited' || typeof hard === 'number', name);
}
assert.ok(r.sharedObjects.some((f) => /libc\.so/.test(f)));

const withError = process.report.getReport(Object.assign(new TypeError('boom'), { extra: 1 }));
assert.strictEqual(withError.javascriptStack.message, 'TypeError: boom');
assert.deepStrictEqual(withError.javascriptStack.errorProperties, { extra: '1' });

// settings and their validation
assert.strictEqual(process.report.directory, '');
assert.strictEqual(process.report.filename, '');
assert.strictEqual(process.report.compact, false);
assert.strictEqual(process.report.signal, 'SIGUSR2');
assert.throws(() => { process.report.directory = 5; }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => { process.report.compact = 'yes'; }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => { process.report.signal = 'SIGNOPE'; }, { code: 'ERR_UNKNOWN_SIGNAL' });
assert.throws(() => process.report.getReport('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.report.writeReport(5), { code: 'ERR_INVALID_ARG_TYPE' });

// writeReport in a child: file names, the directory, stdout, compact, excludeEnv
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-report-'));
const child = spawnSync(process.execPath, ['-e', `
  const a = process.report.writeReport();
  const b = process.report.writeReport('named.json', new Error('given'));
  process.report.directory = 'sub';
  require('fs').mkdirSync('sub');
  process.report.compact = true;
  process.report.excludeEnv = true;
  const c = process.report.writeReport();
  console.log(JSON.stringify([a, b, c]));
`], { cwd: dir, encoding: 'utf8' });
assert.strictEqual(child.status, 0, child.stderr);
const [a, b, c] = JSON.parse(child.stdout);
assert.match(a, new RegExp(`^report\\.\\d{8}\\.\\d{6}\\.${child.pid}\\.0\\.001\\.json$`));
assert.strictEqual(b, 'named.json');
assert.match(c, new RegExp(`^report\\.\\d{8}\\.\\d{6}\\.${child.pid}\\.0\\.002\\.json$`));
assert.strictEqual(child.stderr, [a, b, c].map((f) =>
  `\nWriting Node.js report to file: ${f}\nNode.js report completed\n`).join(''));
const ra = JSON.parse(fs.readFileSync(path.join(dir, a), 'utf8'));
assert.strictEqual(ra.header.trigger, 'API');
assert.strictEqual(ra.header.filename, a);
const textB = fs.readFileSync(path.join(dir, b), 'utf8');
assert.ok(textB.includes('\n  "header": {'));  // indented
assert.strictEqual(JSON.parse(textB).javascriptStack.message, 'Error: given');
const textC = fs.readFileSync(path.join(dir, 'sub', c), 'utf8');
assert.strictEqual(textC.trimEnd().includes('\n'), false);  // compact: one line
assert.strictEqual('environmentVariables' in JSON.parse(textC), false);

// an uncaught exception and a signal each write one
const crash = spawnSync(process.execPath, ['-e',
  'process.report.reportOnUncaughtException = true; throw new RangeError("fatal one")'],
  { cwd: dir, encoding: 'utf8' });
assert.strictEqual(crash.status, 1);
const crashFile = /Writing Node\.js report to file: (\S+)/.exec(crash.stderr)[1];
const crashReport = JSON.parse(fs.readFileSync(path.join(dir, crashFile), 'utf8'));
assert.strictEqual(crashReport.header.event, 'Exception');
assert.strictEqual(crashReport.header.trigger, 'Exception');

const sig = spawnSync(process.execPath, ['-e', `
  process.report.reportOnSignal = true;
  process.kill(process.pid, 'SIGUSR2');
  setTimeout(() => {}, 200);
`], { cwd: dir, encoding: 'utf8' });
assert.strictEqual(sig.status, 0, sig.stderr);
const sigFile = /Writing Node\.js report to file: (\S+)/.exec(sig.stderr)[1];
const sigReport = JSON.parse(fs.readFileSync(path.join(dir, sigFile), 'utf8'));
assert.strictEqual(sigReport.header.event, 'SIGUSR2');
assert.strictEqual(sigReport.header.trigger, 'Signal');
fs.rmSync(dir, { recursive: true });
common.mustCall()();
