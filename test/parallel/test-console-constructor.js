'use strict';
// new Console(): argument forms, validation errors, instanceof, calling
// without `new`, bound methods, subclassing.
require('../common');
const assert = require('assert');
const { Console } = require('console');
const EventEmitter = require('events');

// A minimal writable: an EventEmitter with write().
function sink() {
  const stream = new EventEmitter();
  stream.chunks = [];
  stream.write = (chunk) => {
    stream.chunks.push(chunk);
    return true;
  };
  return stream;
}

const out = sink();
const err = sink();

// Positional and options forms.
{
  const c = new Console(out, err);
  assert.strictEqual(c._stdout, out);
  assert.strictEqual(c._stderr, err);
  assert.strictEqual(c._ignoreErrors, true);
  const d = new Console({ stdout: out });
  assert.strictEqual(d._stderr, out);
  const e = new Console(out, undefined, false);
  assert.strictEqual(e._ignoreErrors, false);
  const f = new Console({ stdout: out, ignoreErrors: 0 });
  assert.strictEqual(f._ignoreErrors, false);
}

// Stream validation.
const streamError = (which) => ({
  code: 'ERR_CONSOLE_WRITABLE_STREAM',
  name: 'TypeError',
  message: `Console expects a writable stream instance for ${which}`,
});
assert.throws(() => new Console(), streamError('stdout'));
assert.throws(() => new Console(null), streamError('stdout'));
assert.throws(() => new Console({}), streamError('stdout'));
assert.throws(() => new Console({ write: 'no' }), streamError('stdout'));
assert.throws(() => new Console({ stdout: { write() {} }, stderr: {} }), streamError('stderr'));
assert.throws(() => new Console(out, null), streamError('stderr'));
assert.throws(() => new Console(out, 5), streamError('stderr'));

// Option validation.
assert.throws(() => new Console({ stdout: out, colorMode: 'always' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'colorMode' must be one of: 'auto', true, false. Received 'always'",
});
assert.throws(() => new Console({ stdout: out, colorMode: true, inspectOptions: { colors: false } }), {
  code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
  name: 'TypeError',
  message: 'Option "options.inspectOptions.color" cannot be used in combination with option "colorMode"',
});
for (const bad of [null, 5, 'x', [], () => {}]) {
  assert.throws(() => new Console({ stdout: out, inspectOptions: bad }), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "options\.inspectOptions" property must be of type object\. Received /,
  });
}
assert.throws(() => new Console({ stdout: out, groupIndentation: 1001 }), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "groupIndentation" is out of range. It must be >= 0 && <= 1000. Received 1001',
});
assert.throws(() => new Console({ stdout: out, groupIndentation: 2.5 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "groupIndentation" is out of range. It must be an integer. Received 2.5',
});
assert.throws(() => new Console({ stdout: out, groupIndentation: '2' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "groupIndentation" argument must be of type number. Received type string (\'2\')',
});
// colorMode is checked before groupIndentation, which is checked before inspectOptions.
assert.throws(() => new Console({ stdout: out, colorMode: 1, groupIndentation: -1, inspectOptions: 1 }),
              { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => new Console({ stdout: out, groupIndentation: -1, inspectOptions: 1 }),
              { code: 'ERR_OUT_OF_RANGE' });

// Without `new`.
{
  const c = Console(out);
  assert.ok(c instanceof Console);
  assert.strictEqual(Object.getPrototypeOf(c), Console.prototype);
}

// instanceof uses an internal brand: the global console is not constructed
// by Console but is an instance.
assert.ok(console instanceof Console);
assert.strictEqual({} instanceof Console, false);
assert.strictEqual(Object.create(Console.prototype) instanceof Console, false);

// Methods are bound own properties named like the prototype methods.
{
  const c = new Console(out, err);
  const { log, error, count } = c;
  log('a %d', 1);
  error('b');
  count();
  assert.deepStrictEqual(out.chunks.splice(0), ['a 1\n', 'default: 1\n']);
  assert.deepStrictEqual(err.chunks.splice(0), ['b\n']);
  for (const key of Object.keys(Console.prototype)) {
    assert.ok(Object.prototype.hasOwnProperty.call(c, key), key);
    assert.strictEqual(c[key].name, key);
    assert.notStrictEqual(c[key], Console.prototype[key]);
  }
  assert.strictEqual(Object.prototype.toString.call(c), '[object console]');
}

// Subclasses: overridden methods are used, also by methods that call them.
{
  class Tagged extends Console {
    log(...args) {
      super.log('[tag]', ...args);
    }
  }
  const t = new Tagged(out);
  t.log('x');
  t.count('n');
  t.group('g');
  const { log } = t;
  log('detached');
  t.info('info does not go through log');
  assert.deepStrictEqual(out.chunks.splice(0), [
    '[tag] x\n', '[tag] n: 1\n', '[tag] g\n', '  [tag] detached\n', '  info does not go through log\n',
  ]);
  assert.ok(t instanceof Tagged);
  assert.ok(t instanceof Console);
}
