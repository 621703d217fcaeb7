'use strict';
// The older ways tools hook require(), which must keep working next to registerHooks():
// pirates (ts-node, @babel/register) replaces Module._extensions entries and wraps
// module._compile; require-in-the-middle patches Module.prototype.require / Module._load.
require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

const dir = path.join(__dirname, '..', 'fixtures', 'module-hooks');
const fixture = (name) => path.join(dir, name);

// pirates style: a new extension whose loader transforms the source through _compile.
{
  const original = Module._extensions['.js'];
  Module._extensions['.sweet'] = function(module, filename) {
    const compile = module._compile;
    module._compile = function(code, file) {
      module._compile = compile;
      return compile.call(this, code.replace('VALUE', 'sugar'), file);
    };
    original(module, filename);
  };
  assert.strictEqual(require(fixture('sugar.sweet')), 'transpile me: sugar');
  assert.strictEqual(require.extensions, Module._extensions);
  delete Module._extensions['.sweet'];
}

// pirates style on .js: wrap the existing loader; it sees every .js file.
{
  const original = Module._extensions['.js'];
  const seen = [];
  Module._extensions['.js'] = function(module, filename) {
    seen.push(path.basename(filename));
    const compile = module._compile;
    module._compile = function(code, file) {
      return compile.call(this, `${code}\nmodule.exports = { wrapped: module.exports };`, file);
    };
    return original(module, filename);
  };
  try {
    assert.deepStrictEqual(require(fixture('plain.js')), { wrapped: { name: 'plain', value: 1 } });
  } finally {
    Module._extensions['.js'] = original;
  }
  assert.deepStrictEqual(seen, ['plain.js']);
  delete require.cache[fixture('plain.js')];
}

// Module.prototype._compile patched globally (as coverage tools do).
{
  const compile = Module.prototype._compile;
  const compiled = [];
  Module.prototype._compile = function(content, filename) {
    compiled.push(path.basename(filename));
    return compile.call(this, content.replace('"original"', '"patched"'), filename);
  };
  try {
    assert.strictEqual(require(fixture('replaced.js')), 'patched');
  } finally {
    Module.prototype._compile = compile;
  }
  assert.deepStrictEqual(compiled, ['replaced.js']);
  delete require.cache[fixture('replaced.js')];
}

// require-in-the-middle style: Module.prototype.require sees every request and may replace
// the exports of a package it recognises by its resolved path.
{
  const origRequire = Module.prototype.require;
  const patched = [];
  Module.prototype.require = function(id) {
    const exports = origRequire.apply(this, arguments);
    const filename = Module._resolveFilename(id, this);
    if (filename.includes(`${path.sep}hooked-dep${path.sep}`)) {
      patched.push(id);
      return `${exports} (instrumented)`;
    }
    return exports;
  };
  try {
    const requireFromFixtures = Module.createRequire(fixture('index.js'));
    assert.strictEqual(requireFromFixtures('hooked-dep'), 'hooked-dep (instrumented)');
    assert.strictEqual(requireFromFixtures('path'), path);
  } finally {
    Module.prototype.require = origRequire;
  }
  assert.deepStrictEqual(patched, ['hooked-dep']);
}

// Module._load patched (proxyquire / mock style): replace a module by request name.
{
  const load = Module._load;
  Module._load = function(request, parent, isMain) {
    if (request === 'mocked-dep') return { mocked: true };
    return load.apply(this, arguments);
  };
  try {
    assert.deepStrictEqual(require('mocked-dep'), { mocked: true });
  } finally {
    Module._load = load;
  }
}

// registerHooks() and a Module._extensions patch together: the hook's source goes through
// _compile, an unmodified file through the patched extension loader.
{
  const original = Module._extensions['.js'];
  const viaExtension = [];
  Module._extensions['.js'] = function(module, filename) {
    viaExtension.push(path.basename(filename));
    return original(module, filename);
  };
  const hooks = Module.registerHooks({
    load(url, context, nextLoad) {
      const result = nextLoad(url, context);
      if (url.endsWith('replaced.js')) return { ...result, source: 'module.exports = "hooked";' };
      return result;
    },
  });
  try {
    assert.deepStrictEqual(require(fixture('plain.js')), { name: 'plain', value: 1 });
    assert.strictEqual(require(fixture('replaced.js')), 'hooked');
  } finally {
    hooks.deregister();
    Module._extensions['.js'] = original;
  }
  assert.ok(viaExtension.includes('plain.js'));
}
