'use strict';
// Readable operators: map/filter/flatMap/drop/take/reduce/some/every/find/forEach/toArray, concurrency, validation, abort.
const { Readable } = require('stream');
const show = (e) => e instanceof Error ? `${e.name} ${e.code} ${e.message}` : JSON.stringify(e);
(async () => {
  console.log(await Readable.from([1, 2, 3, 4]).map((x) => x * 2).toArray());
  console.log(await Readable.from([1, 2, 3, 4]).filter(async (x) => x % 2).toArray());
  console.log(await Readable.from([1, 2]).flatMap((x) => [x, x]).toArray());
  console.log(await Readable.from([1, 2, 3, 4]).drop(1).take(2).toArray());
  console.log(await Readable.from([1, 2, 3]).reduce((a, b) => a + b));
  console.log(await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 10));
  try { await Readable.from([]).reduce((a, b) => a + b); } catch (e) { console.log(show(e)); }
  console.log(await Readable.from([1, 2, 3]).some((x) => x > 2), await Readable.from([1, 2, 3]).every((x) => x > 2), await Readable.from([1, 2, 3]).find((x) => x > 1));
  const seen = [];
  await Readable.from([1, 2, 3]).forEach((x) => seen.push(x));
  console.log(seen);
  let active = 0, maxActive = 0;
  const order = [];
  const out = await Readable.from([120, 10, 90, 30, 15, 5]).map(async (ms) => { active++; maxActive = Math.max(maxActive, active); await new Promise((r) => setTimeout(r, ms)); active--; order.push(ms); return ms; }, { concurrency: 3 }).toArray();
  console.log(out, maxActive, order.length);
  for (const bad of [() => Readable.from([]).map(1), () => Readable.from([]).map(() => {}, { concurrency: 0 }), () => Readable.from([]).map(() => {}, 5), () => Readable.from([]).drop(-1), () => Readable.from([]).map(() => {}, { signal: 1 })]) {
    try { bad(); console.log('no throw'); } catch (e) { console.log(show(e)); }
  }
  try { await Readable.from([1]).map(() => { throw new Error('in map'); }).toArray(); } catch (e) { console.log(show(e)); }
  const ac = new AbortController();
  const p = Readable.from([1, 2, 3]).map(async (x) => { await new Promise((r) => setTimeout(r, 10)); return x; }, { signal: ac.signal }).toArray();
  ac.abort();
  try { await p; } catch (e) { console.log(show(e)); }
  try { await Readable.from([1]).toArray({ signal: AbortSignal.abort() }); } catch (e) { console.log(show(e)); }
  console.log(typeof Readable.prototype.map, Readable.prototype.map.name, Object.keys(Readable.prototype).includes('map'), Readable.prototype.map.length, Readable.prototype.reduce.length);
  const r = Readable.from([1, 2, 3, 4]);
  console.log(await r.take(2).toArray(), r.destroyed);
})();
