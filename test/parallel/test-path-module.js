'use strict';
// Shape of the path module: flavours, back-references, property order,
// function names and lengths (as in Node 22).
require('../common');
const assert = require('assert');
const path = require('path');

assert.strictEqual(path, path.posix); // POSIX host
assert.strictEqual(path.posix.posix, path.posix);
assert.strictEqual(path.posix.win32, path.win32);
assert.strictEqual(path.win32.posix, path.posix);
assert.strictEqual(path.win32.win32, path.win32);
assert.notStrictEqual(path.posix, path.win32);
assert.strictEqual(require('node:path'), path);
assert.strictEqual(require('path/posix'), path.posix);
assert.strictEqual(require('path/win32'), path.win32);

const keys = ['resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath',
              'dirname', 'basename', 'extname', 'format', 'parse', 'matchesGlob', 'sep',
              'delimiter', 'win32', 'posix', '_makeLong'];
assert.deepStrictEqual(Object.keys(path.posix), keys);
assert.deepStrictEqual(Object.keys(path.win32), keys);

const lengths = { resolve: 0, normalize: 1, isAbsolute: 1, join: 0, relative: 2, toNamespacedPath: 1,
                  dirname: 1, basename: 2, extname: 1, format: 1, parse: 1, matchesGlob: 2 };
for (const p of [path.posix, path.win32]) {
  for (const [name, length] of Object.entries(lengths)) {
    assert.strictEqual(typeof p[name], 'function');
    assert.strictEqual(p[name].length, length, name);
    assert.strictEqual(p[name].name, name === 'format' ? 'bound _format' : name);
  }
  assert.strictEqual(p._makeLong, p.toNamespacedPath);
}
assert.strictEqual(path.posix.sep, '/');
assert.strictEqual(path.posix.delimiter, ':');
assert.strictEqual(path.win32.sep, '\\');
assert.strictEqual(path.win32.delimiter, ';');

// Methods do not depend on `this`.
const { join, win32 } = path;
assert.strictEqual(join('a', 'b'), 'a/b');
const { join: wjoin } = win32;
assert.strictEqual(wjoin('a', 'b'), 'a\\b');

// parse() results are plain objects with this key order; format() inverts them.
const parsed = path.parse('/home/user/file.txt');
assert.deepStrictEqual(Object.keys(parsed), ['root', 'dir', 'base', 'ext', 'name']);
assert.strictEqual(Object.getPrototypeOf(parsed), Object.prototype);
assert.strictEqual(path.format(parsed), '/home/user/file.txt');
const wparsed = path.win32.parse('C:\\dir\\file.txt');
assert.deepStrictEqual(Object.keys(wparsed), ['root', 'dir', 'base', 'ext', 'name']);
assert.strictEqual(path.win32.format(wparsed), 'C:\\dir\\file.txt');
