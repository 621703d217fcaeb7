'use strict';
// deepStrictEqual compares constructors: an inherited `constructor` (or a
// built-in one) is compared with ===, otherwise the prototypes must be the
// same object. deepEqual ignores prototypes.
require('../common');
const assert = require('assert');
const { isDeepStrictEqual } = require('util');

function Foo() {}
class A { constructor() { this.a = 1; } }
const B = class A { constructor() { this.a = 1; } };

// A prototype object that inherits Object's constructor: same constructor.
assert.deepStrictEqual({ a: 1 }, Object.assign(Object.create({}), { a: 1 }));
assert.deepStrictEqual({ a: 1 }, Object.assign(Object.create({ x: 1 }), { a: 1 }));
assert.deepStrictEqual(Object.create({}), Object.create({}));
assert.deepStrictEqual(Object.create(Foo.prototype), Object.create(Object.create(Foo.prototype)));
assert.deepStrictEqual(Object.create(null), Object.create(null));

// Different constructors or null prototypes.
assert.notDeepStrictEqual({ a: 1 }, Object.assign(Object.create(Foo.prototype), { a: 1 }));
assert.notDeepStrictEqual(Object.create({ constructor: Foo }), {});
assert.notDeepStrictEqual(Object.create(Object.create(null)), {});
assert.notDeepStrictEqual(Object.create(null), Object.create(Object.create(null)));
assert.notDeepStrictEqual(Object.create(null), {});
assert.notDeepStrictEqual({}, Object.create(null));
assert.notDeepStrictEqual([], Object.setPrototypeOf([], {}));
assert.notDeepStrictEqual(new A(), new B());
assert.notDeepStrictEqual(new A(), { a: 1 });

// An inherited constructor getter is consulted.
let reads = 0;
const proto = {};
Object.defineProperty(proto, 'constructor', {
  get() {
    reads++;
    return Object;
  },
});
assert.strictEqual(isDeepStrictEqual(Object.create(proto), {}), true);
assert.ok(reads > 0);

// Loose mode does not look at prototypes.
assert.deepEqual(new A(), new B());
assert.deepEqual(Object.create(null), {});
assert.deepEqual(new A(), { a: 1 });

// The message when the values print identically.
assert.throws(() => assert.deepStrictEqual(new A(), new B()), {
  message: 'Values have same structure but are not reference-equal:\n\nA {\n  a: 1\n}\n',
});
assert.throws(() => assert.deepStrictEqual(Object.create(null), {}), {
  message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
    '+ [Object: null prototype] {}\n- {}\n',
});
