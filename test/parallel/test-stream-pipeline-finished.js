'use strict';
// pipeline() and finished(): completion, error propagation and destruction, generator stages,
// the promise forms in stream/promises, AbortSignal, and argument validation.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, PassThrough, Transform, pipeline, finished } = require('stream');
const promises = require('stream/promises');

{
  const out = [];
  pipeline(
    Readable.from(['a', 'b', 'c']),
    new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c.toUpperCase()); } }),
    new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }),
    common.mustSucceed(() => assert.deepStrictEqual(out, ['A', 'B', 'C'])));
}

{
  const r = new Readable({ read() {} });
  const p = new PassThrough();
  const w = new Writable({ write(c, e, cb) { cb(); } });
  pipeline(r, p, w, common.mustCall((err) => {
    assert.strictEqual(err.message, 'boom');
    assert.strictEqual(r.destroyed, true);
    assert.strictEqual(p.destroyed, true);
    assert.strictEqual(w.destroyed, true);
  }));
  p.destroy(new Error('boom'));
}

{
  const r = new Readable({ read() {} });
  pipeline(r, new PassThrough().resume(), common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
  }));
  r.destroy();
}

{
  pipeline(
    async function* () { yield 1; yield 2; },
    async function* (source) { for await (const x of source) yield x * 10; },
    async function(source) { let sum = 0; for await (const x of source) sum += x; return sum; },
    common.mustSucceed((value) => assert.strictEqual(value, 30)));
}

assert.throws(() => pipeline(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => pipeline(new PassThrough(), common.mustNotCall()), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => finished({}, common.mustNotCall()), { code: 'ERR_INVALID_ARG_TYPE' });

{
  const r = new Readable({ read() {} });
  finished(r, common.mustSucceed());
  r.push(null);
  r.resume();
}

{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  finished(w, common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE')));
  w.write('x');
  w.destroy();
}

{
  const r = new Readable({ read() {} });
  const cleanup = finished(r, common.mustNotCall());
  cleanup();
  r.destroy();
}

{
  const ac = new AbortController();
  const r = new Readable({ read() {} });
  finished(r, { signal: ac.signal }, common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
  ac.abort();
}

(async () => {
  const chunks = [];
  await promises.pipeline(Readable.from(['x', 'y']), new Writable({
    objectMode: true, write(c, e, cb) { chunks.push(c); cb(); },
  }));
  assert.deepStrictEqual(chunks, ['x', 'y']);

  const r = new Readable({ read() {} });
  const done = promises.finished(r);
  r.destroy(new Error('finished rejects'));
  await assert.rejects(done, { message: 'finished rejects' });

  const ac = new AbortController();
  const p = promises.pipeline(new Readable({ read() {} }), new PassThrough(), { signal: ac.signal });
  ac.abort();
  await assert.rejects(p, { name: 'AbortError' });
})().then(common.mustCall());
