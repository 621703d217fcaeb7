'use strict';
// JSON.parse source text access: JSON.rawJSON, JSON.isRawJSON, the reviver's
// context argument, and JSON.stringify of raw JSON (shipped in V8 11.4).
const assert = require('assert');

for (const [key, length] of [['rawJSON', 1], ['isRawJSON', 1], ['parse', 2], ['stringify', 3]]) {
  const desc = Object.getOwnPropertyDescriptor(JSON, key);
  assert.strictEqual(desc.writable, true);
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(desc.configurable, true);
  assert.strictEqual(desc.value.name, key);
  assert.strictEqual(desc.value.length, length);
  assert.strictEqual(Object.prototype.hasOwnProperty.call(desc.value, 'prototype'), false);
  assert.strictEqual(Function.prototype.toString.call(desc.value), `function ${key}() { [native code] }`);
}

// JSON.rawJSON: a frozen null-prototype object with one property.
{
  const raw = JSON.rawJSON('1e1000');
  assert.strictEqual(Object.getPrototypeOf(raw), null);
  assert.strictEqual(Object.isFrozen(raw), true);
  assert.deepStrictEqual(Object.getOwnPropertyNames(raw), ['rawJSON']);
  assert.strictEqual(raw.rawJSON, '1e1000');
  assert.strictEqual(JSON.isRawJSON(raw), true);
  assert.strictEqual(JSON.rawJSON(123).rawJSON, '123');
  assert.strictEqual(JSON.rawJSON(true).rawJSON, 'true');
  assert.strictEqual(JSON.rawJSON(null).rawJSON, 'null');
  assert.strictEqual(JSON.rawJSON('"a\\u0041"').rawJSON, '"a\\u0041"');
  for (const bad of ['', ' 1', '1 ', '\t1', '1\n', '\r1', '{}', '[]', '[1]', '{"a":1}', 'abc',
                     '1,2', '"a', 'undefined', '01', 'NaN', "'a'"]) {
    assert.throws(() => JSON.rawJSON(bad), SyntaxError, JSON.stringify(bad));
  }
  assert.throws(() => JSON.rawJSON(Symbol('s')), TypeError);
  assert.throws(() => JSON.rawJSON({ toString() { throw new EvalError('x'); } }), EvalError);
  for (const notRaw of [{ rawJSON: '1' }, Object.freeze({ __proto__: null, rawJSON: '1' }), '1', 1, null, undefined]) {
    assert.strictEqual(JSON.isRawJSON(notRaw), false);
  }
}

// JSON.stringify with raw JSON values.
{
  const big = JSON.rawJSON('12345678901234567890');
  assert.strictEqual(JSON.stringify(big), '12345678901234567890');
  assert.strictEqual(JSON.stringify({ n: big, s: JSON.rawJSON('"x"') }), '{"n":12345678901234567890,"s":"x"}');
  assert.strictEqual(JSON.stringify([JSON.rawJSON('null'), JSON.rawJSON('-0'), 1]), '[null,-0,1]');
  assert.strictEqual(JSON.stringify({ a: [JSON.rawJSON('1.0')] }, null, 2), '{\n  "a": [\n    1.0\n  ]\n}');
  // After toJSON and the replacer.
  assert.strictEqual(JSON.stringify({ toJSON() { return JSON.rawJSON('7'); } }), '7');
  assert.strictEqual(JSON.stringify([1, 2], (k, v) => (k === '1' ? JSON.rawJSON('2.00') : v)), '[1,2.00]');
  assert.strictEqual(JSON.stringify(1n, (k, v) => JSON.rawJSON(String(v))), '1');
  // With a property list.
  assert.strictEqual(JSON.stringify({ a: JSON.rawJSON('1'), b: 2, c: 3 }, ['b', 'a']), '{"b":2,"a":1}');
  // A raw JSON object's own toJSON is not looked up (null prototype, frozen).
  assert.strictEqual(JSON.stringify({ x: JSON.rawJSON('"raw"') }, (k, v) => v), '{"x":"raw"}');
}

// JSON.stringify keeps its usual behaviour (also while raw JSON objects exist).
const keepAlive = JSON.rawJSON('0');
{
  assert.strictEqual(JSON.stringify({ a: 1, b: [true, null, 'x'], c: undefined, d: () => {} }),
                     '{"a":1,"b":[true,null,"x"]}');
  assert.strictEqual(JSON.stringify([undefined, () => {}, Symbol('s'), NaN, Infinity, -0]),
                     '[null,null,null,null,null,0]');
  assert.strictEqual(JSON.stringify(undefined), undefined);
  assert.strictEqual(JSON.stringify(() => {}), undefined);
  assert.strictEqual(JSON.stringify('\u2028\ud800"\\\n'), '"\u2028\\ud800\\"\\\\\\n"');
  assert.strictEqual(JSON.stringify({ a: [1, { b: 2 }], c: {} }, null, '--'),
                     '{\n--"a": [\n----1,\n----{\n------"b": 2\n----}\n--],\n--"c": {}\n}');
  assert.strictEqual(JSON.stringify([1], null, 20), '[\n          1\n]');
  assert.strictEqual(JSON.stringify([1], null, new Number(1)), '[\n 1\n]');
  assert.strictEqual(JSON.stringify([1], null, new String('abcdefghijklmnop')), '[\nabcdefghij1\n]');
  assert.strictEqual(JSON.stringify([[]], null, 1), '[\n []\n]');
  assert.strictEqual(JSON.stringify([new Number(3), new String('s'), new Boolean(false), Object(2n).toString()]),
                     '[3,"s",false,"2"]');
  assert.strictEqual(JSON.stringify({ 2: 'b', 1: 'a', x: 'c' }, [1, new String('x'), 1, {}]), '{"1":"a","x":"c"}');
  assert.strictEqual(JSON.stringify({ d: new Date(0) }), '{"d":"1970-01-01T00:00:00.000Z"}');
  assert.strictEqual(JSON.stringify(Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } })), '{"own":2}');
  // The replacer gets (key, value) with the holder as this; toJSON first.
  const calls = [];
  JSON.stringify({ a: { toJSON(k) { return `json:${k}`; } } }, function(k, v) { calls.push([this, k, v]); return v; });
  assert.strictEqual(calls[1][1], 'a');
  assert.strictEqual(calls[1][2], 'json:a');
  assert.deepStrictEqual(Object.keys(calls[0][0]), ['']);
  assert.throws(() => JSON.stringify({ a: 1n }), TypeError);
  const cyclic = [];
  cyclic.push(cyclic);
  assert.throws(() => JSON.stringify(cyclic), TypeError);
  const cyclicObj = {};
  cyclicObj.self = { cyclicObj };
  assert.throws(() => JSON.stringify(cyclicObj), TypeError);
  // Not a cycle: the same object twice.
  const shared = { x: 1 };
  assert.strictEqual(JSON.stringify([shared, shared]), '[{"x":1},{"x":1}]');
  assert.strictEqual(JSON.isRawJSON(keepAlive), true);
}

// JSON.parse: the reviver gets (key, value, context); context.source is the
// source text of primitive values that are unchanged.
{
  const log = [];
  const result = JSON.parse('{"a": 1.0, "b": [-0, "x\\u0041", true, null, {"c": 1e2}], "a": 2.50}',
                            function(k, v, context) {
                              log.push([k, Object.getPrototypeOf(context) === Object.prototype,
                                        Object.keys(context), context.source, arguments.length]);
                              return v;
                            });
  assert.deepStrictEqual(result, { a: 2.5, b: [-0, 'xA', true, null, { c: 100 }] });
  assert.deepStrictEqual(log, [
    ['a', true, ['source'], '2.50', 3],
    ['0', true, ['source'], '-0', 3],
    ['1', true, ['source'], '"x\\u0041"', 3],
    ['2', true, ['source'], 'true', 3],
    ['3', true, ['source'], 'null', 3],
    ['c', true, ['source'], '1e2', 3],
    ['4', true, [], undefined, 3],
    ['b', true, [], undefined, 3],
    ['', true, [], undefined, 3],
  ]);
}
{
  // Values changed by the reviver lose their source; children of the same
  // (unchanged) containers keep theirs.
  const log = [];
  JSON.parse('[1, 2, [3]]', function(k, v, { source }) {
    if (k === '0' && Array.isArray(this) && this.length === 3) this[1] = 5;
    log.push([k, source]);
    return v;
  });
  assert.deepStrictEqual(log, [['0', '1'], ['1', undefined], ['0', '3'], ['2', undefined], ['', undefined]]);
  // A replaced container: its new children have no source.
  const log2 = [];
  JSON.parse('{"a": [1], "b": 2}', function(k, v, { source }) {
    if (k === 'b') this.a = [1];
    log2.push([k, source]);
    return v;
  });
  assert.deepStrictEqual(log2, [['0', '1'], ['a', undefined], ['b', '2'], ['', undefined]]);
  // Big numbers keep their digits.
  const parsed = JSON.parse('{"id": 12345678901234567890}', (k, v, { source }) =>
    (typeof v === 'number' ? BigInt(source) : v));
  assert.strictEqual(parsed.id, 12345678901234567890n);
  // Duplicate keys: the last one.
  const seen = [];
  JSON.parse('{"k": 1, "k": [2]}', (k, v, { source }) => { seen.push([k, source]); return v; });
  assert.deepStrictEqual(seen, [['0', '2'], ['k', undefined], ['', undefined]]);
  // Whitespace and escapes around values.
  const sources = [];
  JSON.parse(' \t\n[ "a\\"b" ,\r1e-3 , false ]\n', (k, v, { source }) => { sources.push(source); return v; });
  assert.deepStrictEqual(sources, ['"a\\"b"', '1e-3', 'false', undefined]);
  // __proto__ is an ordinary key.
  const protoLog = [];
  const p = JSON.parse('{"__proto__": 1}', (k, v, { source }) => { protoLog.push([k, source]); return v; });
  assert.deepStrictEqual(protoLog, [['__proto__', '1'], ['', undefined]]);
  assert.strictEqual(Object.getOwnPropertyDescriptor(p, '__proto__').value, 1);
  // Deleting through undefined, and top-level primitives.
  assert.deepStrictEqual(JSON.parse('{"a": 1, "b": 2}', (k, v) => (k === 'a' ? undefined : v)), { b: 2 });
  assert.strictEqual(JSON.parse('"s"', (k, v, c) => `${c.source}!`), '"s"!');
  // Without a reviver, or with a non-callable one, it is the plain parse.
  assert.deepStrictEqual(JSON.parse('[1]', null), [1]);
  assert.deepStrictEqual(JSON.parse('[1]', {}), [1]);
  assert.throws(() => JSON.parse('{', () => {}), SyntaxError);
  assert.throws(() => JSON.parse('[1,]'), SyntaxError);
  assert.strictEqual(JSON.parse({ toString() { return '7'; } }), 7);
}
