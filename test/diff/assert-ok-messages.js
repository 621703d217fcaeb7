'use strict';
// The generated message of failing assert()/assert.ok() calls, which quotes
// the call from the source line.
const assert = require('assert');
const util = require('util');
const { ok, strict } = assert;

function print(...args) {
  process.stdout.write(`${util.format(...args)}\n`);
}

function run(fn) {
  try {
    fn();
    print('(no error)');
  } catch (err) {
    print(JSON.stringify(err.message), err.generatedMessage, err.operator,
          util.inspect(err.actual), err.expected);
  }
}

const add = (a, b) => a + b;
run(() => assert(add(1, 2) === 4));
run(() => assert((0)));
run(() => ok(false));
run(() => strict(''));
run(() => { if (true) assert(false, undefined); });
run(() => [1].forEach(() => assert(null)));
run(() => assert(`a(${1})` === 'b'));
run(() => assert("a)" === 'b')); // eslint-disable-line quotes
run(() => assert.ok(0 === 1 &&
  true));
run(() => assert(
  false));
run(() => { assert.ok(typeof 123 === 'string', null); });
run(() => { const x = 0; assert(x) ; });
run(() => { assert(NaN); });
run(() => {	assert(false)	}); // eslint-disable-line no-tabs
run(() => { assert(0 /* ) */); });
run(() => { assert([].length); // trailing ) comment
});
run(() => { assert(add(1, add(2, 3)) === 0, undefined); });
run(() => { assert.ok(/\)/.test('x')); });
run(() => { assert?.ok(false); });
run(() => { ((x) => assert(x))(0); });
run(() => { assert['ok'](false); }); // eslint-disable-line dot-notation
run(() => { assert.strict.ok(''); });
run(() => { assert.strict(0); });
run(() => { assert('\n' === 1); });
run(() => { assert(0); assert(1); });
run(() => { assert(1); assert(0); });
run(() => assert.ok());
run(() => assert());
run(() => assert(false, 'given'));
run(() => assert.ok(null, new TypeError('own')));
run(() => new assert.Assert().ok(false));
run(() => assert.ok.call(null, false));
run(() => assert.ok.apply(null, [false]));
run(() => Reflect.apply(assert.ok, null, [0]));
run(() => [0].forEach(assert.ok));
run(() => { const a = assert; a(0); });
run(() => { const x = { y: { z: assert } }; x.y.z(0); });
run(() => { const x = { y: [assert] }; x.y[0](0); });
run(() => { assert.strict.strict.ok(0); });
run(() => { assert   (0); }); // eslint-disable-line func-call-spacing
run(() => { assert /* c */ (0); }); // eslint-disable-line func-call-spacing
run(() => { assert(0), assert(1); }); // eslint-disable-line no-sequences
run(() => { assert(false) ?? 1; });
run(() => `${assert(0)}`);
run(() => { assert(0, `multi
line`); });
