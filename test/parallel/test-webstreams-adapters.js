'use strict';
// Readable.toWeb/fromWeb, Writable.toWeb/fromWeb and Duplex.toWeb/fromWeb move data both ways
// and carry errors across.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, Duplex, PassThrough } = require('stream');
const { text } = require('stream/consumers');

(async () => {
  assert.strictEqual(await text(Readable.toWeb(Readable.from(['a', 'b']))), 'ab');
  const fromWeb = Readable.fromWeb(ReadableStream.from(['x', 'y']), { objectMode: true });
  assert.deepStrictEqual(await fromWeb.toArray(), ['x', 'y']);

  const seen = [];
  const ws = Writable.toWeb(new Writable({ write(c, e, cb) { seen.push(String(c)); cb(); } }));
  const writer = ws.getWriter();
  await writer.write('1');
  await writer.close();
  assert.deepStrictEqual(seen, ['1']);

  const sink = [];
  const w = Writable.fromWeb(new WritableStream({ write(c) { sink.push(String(c)); } }));
  w.end('z');
  await new Promise((r) => w.on('finish', r));
  assert.deepStrictEqual(sink, ['z']);

  const { readable, writable } = Duplex.toWeb(new PassThrough());
  const pw = writable.getWriter();
  pw.write('p');
  pw.close();
  assert.strictEqual(await text(readable), 'p');

  const d = Duplex.fromWeb(new TransformStream({ transform(c, ctl) { ctl.enqueue(String(c) + '!'); } }),
                           { encoding: 'utf8' });
  d.end('q');
  assert.deepStrictEqual(await d.toArray(), ['q!']);

  const boom = new Error('boom');
  const errored = Readable.fromWeb(new ReadableStream({ start(c) { c.error(boom); } }));
  errored.on('error', common.mustCall((e) => assert.strictEqual(e, boom)));
  errored.resume();
  assert.throws(() => Readable.toWeb({}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Duplex.fromWeb({}), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());
