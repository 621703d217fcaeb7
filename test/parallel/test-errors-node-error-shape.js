'use strict';
// The shape of Node's ERR_* errors: name, code, message, stack header,
// toString(), own properties and inspection.
require('../common');
const assert = require('assert');
const util = require('util');
const { EventEmitter } = require('events');

function capture(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  assert.fail('expected a throw');
}

{
  const err = capture(() => new EventEmitter().setMaxListeners('x'));
  const message = 'The "setMaxListeners" argument must be of type number. ' +
                  "Received type string ('x')";
  assert.ok(err instanceof TypeError);
  assert.ok(err instanceof Error);
  assert.strictEqual(err.constructor, TypeError);
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
  assert.strictEqual(err.message, message);
  assert.strictEqual(Object.prototype.toString.call(err), '[object Error]');
  assert.strictEqual(err.toString(), `TypeError [ERR_INVALID_ARG_TYPE]: ${message}`);
  assert.strictEqual(String(err), `TypeError [ERR_INVALID_ARG_TYPE]: ${message}`);
  assert.strictEqual(err.stack.split('\n')[0], `TypeError [ERR_INVALID_ARG_TYPE]: ${message}`);
  assert.deepStrictEqual(Object.keys(err), ['code']);
  assert.ok(Object.prototype.hasOwnProperty.call(err, 'message'));
  assert.ok(!Object.prototype.hasOwnProperty.call(err, 'name'));
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(err, 'code'), {
    value: 'ERR_INVALID_ARG_TYPE', writable: true, enumerable: true, configurable: true,
  });
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(err, 'message'), {
    value: message, writable: true, enumerable: false, configurable: true,
  });

  // The stack was formatted when the error was made: renaming the error
  // changes toString() but not the stack.
  err.name = 'Renamed';
  assert.strictEqual(err.toString(), `Renamed [ERR_INVALID_ARG_TYPE]: ${message}`);
  assert.strictEqual(err.stack.split('\n')[0], `TypeError [ERR_INVALID_ARG_TYPE]: ${message}`);

  // toString() reads the code from the class, not the property.
  err.code = 'CHANGED';
  assert.strictEqual(err.toString(), `Renamed [ERR_INVALID_ARG_TYPE]: ${message}`);
}

{
  // Inspection shows the stack and the code.
  const err = capture(() => new EventEmitter().setMaxListeners(-1));
  const inspected = util.inspect(err);
  assert.ok(inspected.startsWith(
    'RangeError [ERR_OUT_OF_RANGE]: The value of "setMaxListeners" is out of range. ' +
    'It must be >= 0. Received -1\n    at '), inspected);
  assert.ok(inspected.endsWith("{\n  code: 'ERR_OUT_OF_RANGE'\n}"), inspected);
  assert.strictEqual(err.constructor, RangeError);
}

{
  // Hidden properties, in Node's order: a format-string message is set
  // before the code, a computed one after it.
  const typeErr = capture(() => new EventEmitter().setMaxListeners('x'));
  assert.deepStrictEqual(Object.getOwnPropertyNames(typeErr), ['stack', 'code', 'message']);
  const lines = util.inspect(typeErr, { showHidden: true }).split('\n')
    .filter((line) => !line.startsWith('    at '));
  assert.deepStrictEqual(lines.slice(1), [
    '  [stack]: [Getter/Setter],',
    "  code: 'ERR_INVALID_ARG_TYPE',",
    '  [message]: `The "setMaxListeners" argument must be of type number. ' +
      "Received type string ('x')`,",
    '  [Symbol(kIsNodeError)]: [Getter]',
    '}',
  ]);
  const ctor = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(typeErr), 'constructor');
  assert.strictEqual(typeof ctor.get, 'function');
  assert.strictEqual(ctor.enumerable, false);
}

{
  // The first frame is the public function, not the validator inside it.
  const err = capture(() => new EventEmitter().setMaxListeners(null));
  const frame = err.stack.split('\n')[1];
  assert.match(frame, /setMaxListeners/);
  assert.doesNotMatch(frame, /validat/i);
}

{
  // With Error.stackTraceLimit = 0 only the header remains.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const err = capture(() => new EventEmitter().on('x', 1));
  Error.stackTraceLimit = limit;
  assert.strictEqual(err.stack,
                     'TypeError [ERR_INVALID_ARG_TYPE]: The "listener" argument must be of ' +
                     'type function. Received type number (1)');
}

{
  // Plain Error codes.
  const err = capture(() => new EventEmitter().emit('error', 1));
  assert.strictEqual(err.constructor, Error);
  assert.strictEqual(err.name, 'Error');
  assert.strictEqual(err.toString(), 'Error [ERR_UNHANDLED_ERROR]: Unhandled error. (1)');
  assert.strictEqual(err.stack.split('\n')[0], 'Error [ERR_UNHANDLED_ERROR]: Unhandled error. (1)');
}
