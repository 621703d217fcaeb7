'use strict';
// process.dlopen()'s argument checks and failures: node's codes and messages.
const common = require('../common');
const assert = require('assert');
const { build } = require('../fixtures/napi/build.js');

assert.throws(() => process.dlopen(), {
  name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'process.dlopen needs at least 2 arguments',
});
assert.throws(() => process.dlopen({ exports: {} }), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => process.dlopen(null, '/nonexistent.node'), TypeError);
assert.throws(() => process.dlopen({}, '/nonexistent.node'), TypeError);
assert.throws(() => process.dlopen({ exports: {} }, '/nonexistent.node'), {
  name: 'Error', code: 'ERR_DLOPEN_FAILED',
  message: '/nonexistent.node: cannot open shared object file: No such file or directory',
});
assert.throws(() => process.dlopen({ exports: {} }, __filename), {
  code: 'ERR_DLOPEN_FAILED', message: `${__filename}: invalid ELF header`,
});
// A V8 addon (node_module_register with another NODE_MODULE_VERSION).
const v8addon = build('v8addon');
assert.throws(() => process.dlopen({ exports: {} }, v8addon), {
  name: 'Error', code: 'ERR_DLOPEN_FAILED',
  message: `The module '${v8addon}'\nwas compiled against a different Node.js version using\n` +
    'NODE_MODULE_VERSION 93. This version of Node.js requires\nNODE_MODULE_VERSION 127. ' +
    'Please try re-compiling or re-installing\nthe module (for instance, using `npm rebuild` ' +
    'or `npm install`).',
});
// require() of a missing .node file is a module resolution error first.
assert.throws(() => require('/nonexistent/x.node'), { code: 'MODULE_NOT_FOUND' });
common.mustCall()();
