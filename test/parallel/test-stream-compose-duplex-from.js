'use strict';
// compose() joins streams and generator functions into one Duplex; Duplex.from wraps iterables,
// promises, { readable, writable } pairs and async functions; errors surface on the composite.
const common = require('../common');
const assert = require('assert');
const { Duplex, PassThrough, Readable, Transform, Writable, compose } = require('stream');

(async () => {
  const upper = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
  const composite = compose(upper, async function* (source) { for await (const c of source) yield `${c}!`; });
  assert.ok(composite instanceof Duplex);
  composite.end('abc');
  assert.deepStrictEqual(await composite.toArray(), ['ABC!']);

  assert.deepStrictEqual(await Duplex.from(['x', 'y']).toArray(), ['x', 'y']);
  assert.deepStrictEqual(await Duplex.from(Promise.resolve('p')).toArray(), ['p']);
  const existing = new PassThrough();
  assert.strictEqual(Duplex.from(existing), existing);

  const written = [];
  const pair = Duplex.from({
    readable: Readable.from(['r']),
    writable: new Writable({ write(c, e, cb) { written.push(String(c)); cb(); } }),
  });
  pair.end('w');
  assert.deepStrictEqual(await pair.toArray(), ['r']);
  assert.deepStrictEqual(written, ['w']);

  const got = [];
  const sink = Duplex.from(async function(source) { for await (const c of source) got.push(String(c)); });
  sink.end('into sink');
  await new Promise((resolve) => sink.on('finish', resolve));
  assert.deepStrictEqual(got, ['into sink']);

  const failing = compose(new PassThrough(), new Transform({ transform(c, e, cb) { cb(new Error('inner')); } }));
  failing.write('x');
  await new Promise((resolve) => failing.on('error', common.mustCall((err) => {
    assert.strictEqual(err.message, 'inner');
    resolve();
  })));

  assert.throws(() => compose(), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => Duplex.from(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => compose(new Writable({ write() {} }), new PassThrough()), { code: 'ERR_INVALID_ARG_VALUE' });
})().then(common.mustCall());
