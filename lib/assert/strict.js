'use strict';

// node:assert/strict: the strict-mode assert.
module.exports = require('assert').strict;
