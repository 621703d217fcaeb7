'use strict';
// The node:module builtin beyond require(): builtinModules, isBuiltin, createRequire,
// findPackageJSON, constants, the compile cache functions, wrap/wrapper, _pathCache.
require('../common');
const assert = require('assert');
const path = require('path');
const { pathToFileURL } = require('url');
const Module = require('module');

assert.strictEqual(Module.Module, Module);
assert.strictEqual(require('node:module'), Module);

// builtinModules: a sorted-enough list of names without the node: prefix
assert.ok(Array.isArray(Module.builtinModules));
for (const name of ['fs', 'path', 'events', 'fs/promises', 'stream/promises', 'module']) {
  assert.ok(Module.builtinModules.includes(name), name);
}
assert.ok(!Module.builtinModules.some((name) => name.startsWith('node:') || name.startsWith('internal/')));

// isBuiltin
assert.strictEqual(Module.isBuiltin('fs'), true);
assert.strictEqual(Module.isBuiltin('node:fs'), true);
assert.strictEqual(Module.isBuiltin('fs/promises'), true);
assert.strictEqual(Module.isBuiltin('nope'), false);
assert.strictEqual(Module.isBuiltin('internal/errors'), false);
assert.strictEqual(Module.isBuiltin('node:nope'), false);

// createRequire
const fixtures = path.join(__dirname, '..', 'fixtures', 'module-hooks');
assert.throws(() => Module.createRequire(5), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => Module.createRequire('relative/path'), { code: 'ERR_INVALID_ARG_VALUE' });
const fromDir = Module.createRequire(`${fixtures}${path.sep}`);
assert.strictEqual(fromDir.resolve('./plain'), path.join(fixtures, 'plain.js'));
const fromURL = Module.createRequire(pathToFileURL(path.join(fixtures, 'x.js')));
assert.strictEqual(fromURL('./cjs.cjs'), 'cjs-file');
const fromURLString = Module.createRequire(pathToFileURL(path.join(fixtures, 'x.js')).href);
assert.strictEqual(fromURLString('hooked-dep'), 'hooked-dep');
assert.strictEqual(fromURLString.cache, require.cache);

// findPackageJSON
const pkgJSON = path.join(fixtures, 'pkg', 'package.json');
assert.strictEqual(Module.findPackageJSON('./pkg/lib/index.js', pathToFileURL(`${fixtures}/`).href), pkgJSON);
assert.strictEqual(Module.findPackageJSON(pathToFileURL(path.join(fixtures, 'pkg', 'lib', 'index.js'))), pkgJSON);
assert.strictEqual(Module.findPackageJSON('..', path.join(fixtures, 'pkg', 'lib', 'index.js')), pkgJSON);
assert.strictEqual(Module.findPackageJSON('hooked-dep', path.join(fixtures, 'x.js')),
                   path.join(fixtures, 'node_modules', 'hooked-dep', 'package.json'));
assert.throws(() => Module.findPackageJSON('./x', 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => Module.findPackageJSON('not-installed', path.join(fixtures, 'x.js')),
              { code: 'ERR_MODULE_NOT_FOUND' });
assert.throws(() => Module.findPackageJSON('./x'), { code: 'ERR_UNSUPPORTED_RESOLVE_REQUEST' });

// constants and the compile cache: the status is one of the constants
const { compileCacheStatus } = Module.constants;
assert.deepStrictEqual(Object.keys(compileCacheStatus), ['FAILED', 'ENABLED', 'ALREADY_ENABLED', 'DISABLED']);
assert.deepStrictEqual(Object.values(compileCacheStatus), [0, 1, 2, 3]);
const result = Module.enableCompileCache();
assert.ok(Object.values(compileCacheStatus).includes(result.status));
const dir = Module.getCompileCacheDir();
assert.ok(dir === undefined || typeof dir === 'string');
assert.strictEqual(Module.flushCompileCache(), undefined);

for (const name of ['register', 'registerHooks', 'stripTypeScriptTypes', 'syncBuiltinESMExports',
                    'runMain', '_load', '_resolveFilename', '_nodeModulePaths', '_findPath']) {
  assert.strictEqual(typeof Module[name], 'function', name);
}

// _pathCache is a plain cache object
assert.strictEqual(typeof Module._pathCache, 'object');

// wrap/wrapper: the default wrapper, and a patched one used by the next compiled file
assert.deepStrictEqual(Module.wrapper, [
  '(function (exports, require, module, __filename, __dirname) { ', '\n});',
]);
assert.strictEqual(Module.wrap('x'), `${Module.wrapper[0]}x${Module.wrapper[1]}`);
const wrapper0 = Module.wrapper[0];
const wrappedFile = path.join(fixtures, 'wrapped.js');
Module.wrapper[0] = `${wrapper0}var injected = "by wrapper"; `;
try {
  assert.strictEqual(require(wrappedFile), 'by wrapper');
} finally {
  Module.wrapper[0] = wrapper0;
}
delete require.cache[wrappedFile];
assert.strictEqual(require(wrappedFile), 'no injection');

// Module.wrap replaced (as some instrumenters do) is used as well
const wrap = Module.wrap;
Module.wrap = (script) => wrap(`var injected = "by wrap()"; ${script}`);
try {
  delete require.cache[wrappedFile];
  assert.strictEqual(require(wrappedFile), 'by wrap()');
} finally {
  Module.wrap = wrap;
}

// module.register(): node runs asynchronous hooks on a loader thread; a runtime without one
// must say so with ERR_METHOD_NOT_IMPLEMENTED and point to registerHooks().
try {
  Module.register('data:text/javascript,export {}');
} catch (err) {
  assert.strictEqual(err.code, 'ERR_METHOD_NOT_IMPLEMENTED');
  assert.match(err.message, /module\.register\(\).*registerHooks\(\)/);
}
