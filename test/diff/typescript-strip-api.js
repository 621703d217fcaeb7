'use strict';
// module.stripTypeScriptTypes(): argument validation, sourceUrl, error stacks, the warning.
const { stripTypeScriptTypes } = require('module');

process.on('warning', (w) => console.log('warning', w.name, w.message));
const tries = [
  () => stripTypeScriptTypes(1),
  () => stripTypeScriptTypes('a', 1),
  () => stripTypeScriptTypes('a', null),
  () => stripTypeScriptTypes('a', { mode: 'x' }),
  () => stripTypeScriptTypes('a', { sourceMap: 1 }),
  () => stripTypeScriptTypes('a', { sourceMap: true }),
  () => stripTypeScriptTypes('a', { sourceUrl: 1 }),
  () => stripTypeScriptTypes('let a: 1', { sourceUrl: 'foo.ts' }),
  () => stripTypeScriptTypes('let a: 1', { sourceUrl: '' }),
  () => stripTypeScriptTypes('let a: 1', { mode: 'strip', sourceMap: false }),
  () => stripTypeScriptTypes('a', { mode: undefined }),
  () => stripTypeScriptTypes('let a = 1\nenum A { B }\nlet b', { sourceUrl: 'x.ts' }),
  () => stripTypeScriptTypes('let a = 1\nlet b = (a +)\nlet c'),
  () => stripTypeScriptTypes('const a = 1;\n  enum E { A,\n  B }\nconst c = 3;\n'),
];
for (const t of tries) {
  try {
    console.log(JSON.stringify(t()));
  } catch (err) {
    console.log(err.name, err.code, JSON.stringify(err.message));
    if (err.code?.includes('TYPESCRIPT')) console.log(err.stack.split('\n').slice(0, 7).join('\n'));
  }
}
