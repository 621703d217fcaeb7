'use strict';
// A shared object without napi_register_module_v1 (or any registration): "did not self-register".
require('../common');
const assert = require('assert');
const fs = require('fs');

const lib = ['/lib/x86_64-linux-gnu/libz.so.1', '/usr/lib/x86_64-linux-gnu/libz.so.1',
             '/lib64/libz.so.1'].find((f) => fs.existsSync(f));
if (!lib) require('../common').skip('no libz.so.1 to load');
assert.throws(() => process.dlopen({ exports: {} }, lib), {
  name: 'Error', code: 'ERR_DLOPEN_FAILED', message: `Module did not self-register: '${lib}'.`,
});
