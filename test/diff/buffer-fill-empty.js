'use strict';
// buf.fill() with nothing to fill (an empty buffer or range) returns before looking at the
// value, as node does; with something to fill, an empty or undecodable value is refused.
for (const [len, v, a, b, c] of [[0, Buffer.alloc(0)], [0, ''], [0, 'zz', 'hex'], [3, Buffer.alloc(0)], [3, 'zz', 'hex'], [3, '', 'hex'], [3, 'ab', 1, 1], [3, Buffer.alloc(0), 1, 1], [3, 'zz', 2, 2, 'hex'], [0, 'zz', 0, 0, 'hex'], [2, new Uint8Array(0)]]) {
  try { console.log(len, JSON.stringify([v, a, b, c]), Buffer.alloc(len, 1).fill(v, a, b, c).toString('hex')); } catch (e) { console.log(len, JSON.stringify([v, a, b, c]), e.code); }
}
