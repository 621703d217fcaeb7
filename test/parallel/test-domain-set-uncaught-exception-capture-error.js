'use strict';
// Once node:domain is loaded, process.setUncaughtExceptionCaptureCallback() throws
// ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE.
require('../common');
const assert = require('assert');

require('domain');

assert.throws(
  () => process.setUncaughtExceptionCaptureCallback(() => {}),
  {
    code: 'ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE',
    name: 'Error',
    message: 'The `domain` module is in use, which is mutually exclusive with calling ' +
             'process.setUncaughtExceptionCaptureCallback()',
  });
assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), false);
