'use strict';
// With an uncaught-exception capture callback set, require('domain') throws
// ERR_DOMAIN_CALLBACK_NOT_AVAILABLE; once it is cleared the module loads.
require('../common');
const assert = require('assert');

process.setUncaughtExceptionCaptureCallback(() => {});
assert.throws(
  () => require('domain'),
  {
    code: 'ERR_DOMAIN_CALLBACK_NOT_AVAILABLE',
    name: 'Error',
    message: 'A callback was registered through process.setUncaughtExceptionCaptureCallback(), ' +
             'which is mutually exclusive with using the `domain` module',
  });
process.setUncaughtExceptionCaptureCallback(null);
const domain = require('domain');
assert.strictEqual(typeof domain.create, 'function');
