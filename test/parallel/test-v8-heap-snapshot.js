'use strict';
// v8.getHeapSnapshot() streams the .heapsnapshot JSON; writeHeapSnapshot() writes it to a file
// (default name Heap.<date>.<time>.<pid>.<thread>.<seq>.heapsnapshot) and returns the name.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const v8 = require('v8');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();

function checkSnapshot(text) {
  const snap = JSON.parse(text);
  assert.ok(snap.snapshot.meta.node_fields.includes('name'));
  assert.ok(Array.isArray(snap.nodes));
  assert.ok(snap.nodes.length > 0);
  assert.ok(snap.strings.length > 0);
}

class MarkerClassForSnapshot {}
globalThis.marker = new MarkerClassForSnapshot();

const file = path.join(tmpdir.path, 'my.heapsnapshot');
assert.strictEqual(v8.writeHeapSnapshot(file), file);
const text = fs.readFileSync(file, 'utf8');
checkSnapshot(text);
assert.ok(text.includes('MarkerClassForSnapshot'));

process.chdir(tmpdir.path);
const name = v8.writeHeapSnapshot();
assert.match(name, /^Heap\.\d{8}\.\d{6}\.\d+\.0\.\d{3}\.heapsnapshot$/);
checkSnapshot(fs.readFileSync(name, 'utf8'));

const stream = v8.getHeapSnapshot();
let data = '';
stream.setEncoding('utf8');
stream.on('data', (chunk) => { data += chunk; });
stream.on('end', common.mustCall(() => checkSnapshot(data)));

assert.throws(() => v8.writeHeapSnapshot(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => v8.getHeapSnapshot(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => v8.getHeapSnapshot({ exposeInternals: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.exposeInternals" property must be of type boolean. Received type number (1)',
});
