'use strict';
// v8.queryObjects counts the live objects with a constructor's prototype on their chain
// (subclass instances and prototypes included), or lists them with format 'summary'.
const common = require('../common');
const assert = require('assert');
const v8 = require('v8');

common.expectWarning('ExperimentalWarning',
                     'v8.queryObjects() is an experimental feature and might change at any time');

class QueryA {}
class QueryB extends QueryA {}
const keep = [new QueryA(), new QueryA(), new QueryB()];
// Two A instances, the B instance and QueryB.prototype.
assert.strictEqual(v8.queryObjects(QueryA), 4);
assert.strictEqual(v8.queryObjects(QueryB), 1);
const summary = v8.queryObjects(QueryA, { format: 'summary' });
assert.strictEqual(summary.length, 4);
assert.ok(summary.every((s) => typeof s === 'string'));
assert.ok(keep.length);

assert.throws(() => v8.queryObjects(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => v8.queryObjects(QueryA, { format: 'x' }), { code: 'ERR_INVALID_ARG_VALUE' });
