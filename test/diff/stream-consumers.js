'use strict';
// stream/consumers: text (split multibyte), json, buffer, arrayBuffer, blob over streams and generators.
const c = require('stream/consumers');
const { Readable } = require('stream');
(async () => {
  const euro = Buffer.from('\u20ac');
  console.log(await c.text(Readable.from([euro.subarray(0, 1), euro.subarray(1), 'x'], { objectMode: false })));
  console.log(await c.json(Readable.from(['{"a":', '[1,2]}'])));
  console.log(await c.buffer(Readable.from([Buffer.from('ab'), 'cd'])));
  const ab = await c.arrayBuffer(Readable.from([new Uint8Array([1, 2, 3])]));
  console.log(ab instanceof ArrayBuffer, ab.byteLength);
  const b = await c.blob(Readable.from(['hello']));
  console.log(b.size, await b.text());
  console.log(await c.text((async function* () { yield 'gen'; yield new Uint8Array([33]); })()));
  try { await c.json(Readable.from(['{bad'])); } catch (e) { console.log(e.name); }
  console.log(Object.keys(c).sort().join(','));
})();
