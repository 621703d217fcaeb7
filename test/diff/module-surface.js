'use strict';
// The node:module builtin's functions and their errors, printed (fixture paths made relative).
const Module = require('module');
const path = require('path');
const { pathToFileURL } = require('url');

const dir = path.join(__dirname, '..', 'fixtures', 'module-hooks');
const rel = (s) => (typeof s === 'string' ?
  s.split(pathToFileURL(dir).href).join('<url>').split(dir).join('<dir>') : s);
const attempt = (label, fn) => {
  try {
    console.log(label, 'ok', rel(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, rel(e.message));
  }
};

for (const name of ['fs', 'node:fs', 'fs/promises', 'node:path/posix', 'nope', 'node:nope',
                    'internal/errors', '', 'FS']) {
  attempt(`isBuiltin ${JSON.stringify(name)}`, () => Module.isBuiltin(name));
}
attempt('isBuiltin()', () => Module.isBuiltin());
attempt('builtinModules has fs', () => Module.builtinModules.includes('fs'));

attempt('createRequire(5)', () => Module.createRequire(5));
attempt('createRequire(rel)', () => Module.createRequire('a/b.js'));
attempt('createRequire(http URL)', () => Module.createRequire('https://example.com/x.js'));
attempt('createRequire dir', () => Module.createRequire(`${dir}/`).resolve('./plain'));
attempt('createRequire url', () => Module.createRequire(pathToFileURL(`${dir}/x.js`))('./cjs.cjs'));
attempt('createRequire missing', () => Module.createRequire(`${dir}/x.js`)('./missing'));

attempt('findPackageJSON relative', () => Module.findPackageJSON('./pkg/lib/index.js', pathToFileURL(`${dir}/`)));
attempt('findPackageJSON url', () => Module.findPackageJSON(pathToFileURL(`${dir}/pkg/lib/index.js`)));
attempt('findPackageJSON ..', () => Module.findPackageJSON('..', `${dir}/pkg/lib/index.js`));
attempt('findPackageJSON bare', () => Module.findPackageJSON('hooked-dep', `${dir}/x.js`));
attempt('findPackageJSON missing', () => Module.findPackageJSON('not-installed', `${dir}/x.js`));
attempt('findPackageJSON no base', () => Module.findPackageJSON('./x'));
attempt('findPackageJSON bad base', () => Module.findPackageJSON('./x', 5));
attempt('findPackageJSON bad specifier', () => Module.findPackageJSON(5, `${dir}/x.js`));

console.log(Module.constants);
console.log(JSON.stringify(Module.wrapper), Module.wrap('body'));
attempt('registerHooks(null)', () => Module.registerHooks({ load: null }).deregister());
attempt('registerHooks bad load', () => Module.registerHooks({ load: 1 }));
attempt('registerHooks handle', () => {
  const handle = Module.registerHooks({});
  const keys = Object.getOwnPropertyNames(Object.getPrototypeOf(handle));
  handle.deregister();
  return `${handle.constructor.name} ${keys}`;
});

for (const from of ['/', '/a', '/a/b/', '/a/node_modules/b', '/node_modules/x']) {
  console.log('_nodeModulePaths', from, Module._nodeModulePaths(from).join(' '));
}
Module.createRequire(`${dir}/x.js`)('./plain');
console.log('_pathCache', Object.entries(Module._pathCache)
  .filter(([key]) => key.startsWith('./plain'))
  .map(([key, value]) => `${JSON.stringify(rel(key))} -> ${rel(value)}`).join());
