'use strict';
// module.SourceMap: findEntry/findOrigin on plain and indexed (sections) maps, payload copies,
// bad input; findSourceMap is undefined while source maps are off.
require('../common');
const assert = require('assert');
const { SourceMap, findSourceMap } = require('module');

assert.strictEqual(process.sourceMapsEnabled, false);
assert.strictEqual(findSourceMap(__filename), undefined);
assert.throws(() => new SourceMap(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.setSourceMapsEnabled('yes'), { code: 'ERR_INVALID_ARG_TYPE' });

// "AAAA,IAAI;AACJ" : line 0 col 0 -> a.js 0:0, col 4 -> 0:4 (name 0); line 1 col 0 -> 1:4.
const payload = { version: 3, sources: ['a.js'], names: ['foo'], mappings: 'AAAA,IAAIA;AACJ' };
const sm = new SourceMap(payload);
assert.deepStrictEqual(sm.findEntry(0, 0), {
  generatedLine: 0, generatedColumn: 0, originalSource: 'a.js', originalLine: 0, originalColumn: 0, name: undefined,
});
assert.deepStrictEqual(sm.findEntry(0, 7), {
  generatedLine: 0, generatedColumn: 4, originalSource: 'a.js', originalLine: 0, originalColumn: 4, name: 'foo',
});
assert.strictEqual(sm.findEntry(1, 2).originalLine, 1);
assert.deepStrictEqual(sm.findOrigin(1, 5), { name: 'foo', fileName: 'a.js', lineNumber: 1, columnNumber: 5 });
assert.deepStrictEqual(sm.findOrigin(1, 8), { name: 'foo', fileName: 'a.js', lineNumber: 1, columnNumber: 8 });

const copy = sm.payload;
copy.sources.push('x');
assert.deepStrictEqual(sm.payload.sources, ['a.js']);

const indexed = new SourceMap({
  version: 3,
  sections: [
    { offset: { line: 0, column: 0 }, map: { version: 3, sources: ['one.js'], names: [], mappings: 'AAAA' } },
    { offset: { line: 10, column: 5 }, map: { version: 3, sources: ['two.js'], names: [], mappings: 'AACA' } },
  ],
});
assert.strictEqual(indexed.findEntry(3, 0).originalSource, 'one.js');
const e = indexed.findEntry(10, 6);
assert.strictEqual(e.originalSource, 'two.js');
assert.strictEqual(e.generatedColumn, 5);
assert.strictEqual(e.originalLine, 1);

process.setSourceMapsEnabled(true);
assert.strictEqual(process.sourceMapsEnabled, true);
process.setSourceMapsEnabled(false);
