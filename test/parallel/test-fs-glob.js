'use strict';
// fs.globSync, fs.glob and fs.promises.glob find the same entries; exclude prunes directories;
// withFileTypes gives Dirents; a bad callback or pattern throws ERR_INVALID_ARG_TYPE.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const root = tmpdir.path;
for (const d of ['src/lib', 'src/test', 'docs']) fs.mkdirSync(path.join(root, d), { recursive: true });
for (const f of ['src/index.js', 'src/lib/util.js', 'src/test/a.test.js', 'docs/readme.md', '.env']) {
  fs.writeFileSync(path.join(root, f), '');
}

const expected = ['src/index.js', 'src/lib/util.js', 'src/test/a.test.js'];
assert.deepStrictEqual(fs.globSync('**/*.js', { cwd: root }).sort(), expected);
assert.deepStrictEqual(fs.globSync('**/*.js', { cwd: root, exclude: (p) => p === 'src/test' }).sort(),
                       ['src/index.js', 'src/lib/util.js']);
assert.deepStrictEqual(fs.globSync('**/*.js', { cwd: root, exclude: ['**/test/**'] }).sort(),
                       ['src/index.js', 'src/lib/util.js']);
assert.deepStrictEqual(fs.globSync(['*', '*/*.md'], { cwd: root }).sort(), ['docs', 'docs/readme.md', 'src']);
assert.deepStrictEqual(fs.globSync('.*', { cwd: root }), ['.env']);
const dirents = fs.globSync('src/*', { cwd: root, withFileTypes: true });
assert(dirents.every((d) => d instanceof fs.Dirent));
assert.deepStrictEqual(dirents.map((d) => [d.name, d.isDirectory()]).sort(),
                       [['index.js', false], ['lib', true], ['test', true]]);
assert.throws(() => fs.glob('*'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.globSync(5), { code: 'ERR_INVALID_ARG_TYPE' });

fs.glob('**/*.js', { cwd: root }, common.mustSucceed((matches) => {
  assert.deepStrictEqual(matches.sort(), expected);
}));
(async () => {
  const found = [];
  for await (const m of fs.promises.glob('**/*.js', { cwd: root })) found.push(m);
  assert.deepStrictEqual(found.sort(), expected);
})().then(common.mustCall());
