'use strict';
// napi_threadsafe_function statuses: no initial thread (invalid_arg), no function and no
// call_js (invalid_arg), a full queue (queue_full), calls and acquires after an abort
// (closing/invalid_arg); an unref'd function does not keep the process alive.
require('../common');
const assert = require('assert');
const { build } = require('../fixtures/napi/build.js');

const addon = require(build('async'));
// napi_invalid_arg = 1, napi_queue_full = 15, napi_closing = 16
assert.strictEqual(addon.tsfnStatuses(() => {}), '1 1 0 15 0 0 0 1 16 ctx=(nil)');
addon.idleTsfn(() => {});
