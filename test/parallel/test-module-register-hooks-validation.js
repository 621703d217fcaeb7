'use strict';
// module.registerHooks() argument checks and the checks on what hooks return.
require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

const fixture = path.join(__dirname, '..', 'fixtures', 'module-hooks', 'plain.js');

assert.throws(() => Module.registerHooks({ resolve: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "hooks.resolve" property must be of type function. Received type number (5)',
});
assert.throws(() => Module.registerHooks({ load: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => Module.registerHooks(), TypeError);

function withHooks(hooks, fn) {
  delete require.cache[fixture];
  const handle = Module.registerHooks(hooks);
  try {
    return fn();
  } finally {
    handle.deregister();
  }
}

const requireFixture = () => require(fixture);

withHooks({ resolve() { return { url: 1, shortCircuit: true }; } }, () => {
  assert.throws(requireFixture, {
    code: 'ERR_INVALID_RETURN_PROPERTY_VALUE',
    name: 'TypeError',
    message: 'Expected a URL string to be returned for the "url" from the "resolve" hook ' +
      'but got type number (1).',
  });
});

// Without calling next, a hook must say shortCircuit: true.
withHooks({ resolve() { return { url: 'node:fs' }; } }, () => {
  assert.throws(requireFixture, {
    code: 'ERR_INVALID_RETURN_PROPERTY_VALUE',
    message: 'Expected true to be returned for the "shortCircuit" from the "resolve" hook ' +
      'but got undefined.',
  });
});
withHooks({ load() { return { format: 'commonjs', source: 'x' }; } }, () => {
  assert.throws(requireFixture, {
    code: 'ERR_INVALID_RETURN_PROPERTY_VALUE',
    message: 'Expected true to be returned for the "shortCircuit" from the "load" hook ' +
      'but got undefined.',
  });
});

withHooks({ load() { return { format: 'commonjs', source: 5, shortCircuit: true }; } }, () => {
  assert.throws(requireFixture, {
    code: 'ERR_INVALID_RETURN_PROPERTY_VALUE',
    message: 'Expected a string, an ArrayBuffer, or a TypedArray to be returned for the ' +
      '"source" from the "load" hook but got type number (5).',
  });
});

withHooks({ load() { return { format: 'builtin', shortCircuit: true }; } }, () => {
  assert.throws(requireFixture, {
    code: 'ERR_INVALID_RETURN_PROPERTY_VALUE',
    message: 'Expected a string, an ArrayBuffer, or a TypedArray to be returned for the ' +
      '"source" from the "load" hook but got undefined.',
  });
});

// A hook's error reaches the caller unchanged, and the module is not cached.
withHooks({ load() { throw new Error('from the hook'); } }, () => {
  assert.throws(requireFixture, { message: 'from the hook' });
  assert.strictEqual(require.cache[fixture], undefined);
});

// After deregister() the hooks no longer run.
assert.deepStrictEqual(require(fixture), { name: 'plain', value: 1 });

(async () => {
  const handle = Module.registerHooks({
    resolve(specifier, context, nextResolve) {
      if (specifier === 'bad-format') return { url: 'file:///x.mjs', format: 5, shortCircuit: true };
      return nextResolve(specifier, context);
    },
  });
  await assert.rejects(import('bad-format'), {
    code: 'ERR_INVALID_RETURN_PROPERTY_VALUE',
    message: 'Expected a string to be returned for the "format" from the "resolve" hook ' +
      'but got type number (5).',
  });
  handle.deregister();
})().then(require('../common').mustCall());
