'use strict';
// TextEncoderStream (surrogate pairs split across chunks) and TextDecoderStream (multi-byte
// sequences split across chunks, fatal mode, encodings).
const common = require('../common');
const assert = require('assert');

async function run(ts, chunks) {
  const w = ts.writable.getWriter();
  for (const c of chunks) w.write(c);
  w.close();
  const out = [];
  for await (const c of ts.readable) out.push(c);
  return out;
}

(async () => {
  const enc = await run(new TextEncoderStream(), ['a\uD83D', '\uDE00b', '\uD83D']);
  const bytes = Buffer.concat(enc.map((u) => Buffer.from(u)));
  assert.strictEqual(bytes.toString('hex'), '61f09f9880' + '62' + 'efbfbd');
  assert.strictEqual(new TextEncoderStream().encoding, 'utf-8');

  const euro = Buffer.from('\u20ac');
  const dec = await run(new TextDecoderStream(), [euro.subarray(0, 1), euro.subarray(1)]);
  assert.strictEqual(dec.join(''), '\u20ac');
  const latin = new TextDecoderStream('latin1');
  assert.strictEqual(latin.encoding, 'windows-1252');
  const fatal = new TextDecoderStream('utf-8', { fatal: true });
  assert.strictEqual(fatal.fatal, true);
  const fatalRead = fatal.readable.getReader().read();
  const w = fatal.writable.getWriter();
  await assert.rejects(w.write(new Uint8Array([0xff])), { name: 'TypeError' });
  await assert.rejects(fatalRead, { name: 'TypeError' });
  const bad = new TextDecoderStream();
  const badRead = bad.readable.getReader().read();
  await assert.rejects(bad.writable.getWriter().write('x'), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(badRead, { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());
