'use strict';
// assert.partialDeepStrictEqual: `expected` must be contained in `actual`.
require('../common');
const assert = require('assert');

function passes(actual, expected) {
  assert.partialDeepStrictEqual(actual, expected);
}
function fails(actual, expected, message) {
  assert.throws(() => assert.partialDeepStrictEqual(actual, expected), (err) => {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    assert.strictEqual(err.operator, 'partialDeepStrictEqual');
    if (message !== undefined) assert.strictEqual(err.message, message);
    return true;
  });
}

const header = 'Expected values to be partially and strictly deep-equal:';

passes({ a: 1, b: 2 }, { a: 1 });
passes({ a: { b: 1, c: 2 } }, { a: { b: 1 } });
passes([1, 2, 3], [1, 3]);
passes([1, 2, 2], [2, 2]);
passes([{ a: 1, b: 2 }, { c: 3 }], [{ a: 1 }]);
passes(new Set([1, 2, { a: 1, b: 2 }]), new Set([{ a: 1 }]));
passes(new Map([[1, { a: 1, b: 2 }], [2, 2]]), new Map([[1, { a: 1 }]]));
passes(new Map([[{ k: 1 }, 1]]), new Map([[{ k: 1 }, 1]]));
passes(1, 1);
passes(NaN, NaN);
passes(new Date(0), new Date(0));
passes(/a/g, /a/g);
passes(Object.create(null), {});
passes({ a: 1 }, Object.create(null));
passes(new Error('x'), new Error('x'));
passes(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2]));
passes({ [Symbol.for('s')]: 1, a: 1 }, { [Symbol.for('s')]: 1 });
passes({ a: undefined }, {});
passes([1, undefined, 3], [1, , 3]); // eslint-disable-line no-sparse-arrays
passes(new Set([[1, 2]]), new Set([[1]]));

fails({ a: 1 }, { a: 1, b: 2 },
      `${header}\n+ actual - expected\n\n  {\n    a: 1,\n-   b: 2\n  }\n`);
fails([1, 2, 3], [3, 1],
      `${header}\n+ actual - expected\n\n  [\n+   1,\n+   2,\n    3,\n-   1\n  ]\n`);
fails([1, 2], [2, 2]);
fails([1, 2, 3], [1, 2, 3, 4]);
fails(new Set([1, 2]), new Set([3]));
fails(1, '1', `${header}\n\n1 !== '1'\n`);
fails(0, -0, `${header}\n+ actual - expected\n\n+ 0\n- -0\n`);
fails(/a/g, /a/);
fails({}, { a: undefined });
fails([{ a: 1, b: 2 }, { c: 3 }], [{ c: 3 }, { a: 1 }]);
assert.throws(() => assert.partialDeepStrictEqual({ a: 1 }, { a: 1, b: 2 }, 'custom'), {
  message: 'custom\n+ actual - expected\n\n  {\n    a: 1,\n-   b: 2\n  }\n',
  generatedMessage: false,
});

// Intrinsic values, then the expected object's own properties.
passes(Object.assign(new Error('x'), { code: 1, extra: 2 }), Object.assign(new Error('x'), { code: 1 }));
fails(Object.assign(new Error('x'), { code: 1 }), Object.assign(new Error('x'), { code: 1, extra: 2 }));
fails(new Error('x'), new TypeError('x'));
passes(new Error('x', { cause: 1 }), new Error('x'));
fails(new Error('x'), new Error('x', { cause: 1 }));
fails(new Uint8Array([1, 2, 3]), new Uint8Array([3, 1]));
fails(new Uint8Array([1, 2, 3]), new Uint16Array([1]));
passes(new Uint8Array([1, 2, 3]), new Uint8Array([]));
fails(new Float64Array([0]), new Float64Array([-0]));
passes(new Float64Array([NaN]), new Float64Array([NaN]));
passes(Object.assign(new Uint8Array([1, 2]), { x: 1 }), new Uint8Array([1]));
fails(new Uint8Array([1]), Object.assign(new Uint8Array([1]), { x: 1 }));
passes(Object.assign(new Date(0), { x: 1 }), new Date(0));
fails(new Date(0), Object.assign(new Date(0), { x: 1 }));
passes(new Number(1), new Number(1));
fails(new String('ab'), new String('a'));
passes(new ArrayBuffer(4), new ArrayBuffer(2));
passes(Object.assign(/a/, { x: 1 }), /a/);
passes([1, 2, 3, 1], [1, 1]);
fails([1, 2], [1, 2, 2]);
passes({ a: [1, 2, 3] }, { a: [] });
fails([1, 2, 3], {});
fails({ 0: 1 }, [1]);
passes(new Map([[{ k: 0 }, {}]]), new Map([[{}, {}]]));
passes(new Set([{ a: 1, b: 1 }, { a: 1, c: 1 }]), new Set([{ a: 1 }, { a: 1 }]));
fails(new Set([{ a: 1, b: 1 }]), new Set([{ a: 1 }, { b: 1 }]));
fails([{ a: 1 }, { a: 1, b: 1 }], [{ a: 1, b: 1 }, { a: 1 }]);
fails({ a: 1 }, { [Symbol.for('x')]: 2 });
passes({ a: { b: { c: [1, { d: 2, e: 3 }] } } }, { a: { b: { c: [{ e: 3 }] } } });
fails(new WeakMap(), new WeakMap());
const weak = new WeakMap();
passes({ w: weak }, { w: weak });
