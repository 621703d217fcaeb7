'use strict';
// ERR_INVALID_ARG_TYPE: how the received value and the expected types are
// written.
const common = require('../common');
const assert = require('assert');
const { EventEmitter, setMaxListeners } = require('events');

function expectMessage(fn, message) {
  assert.throws(fn, { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError', message });
}

const prefix = 'The "setMaxListeners" argument must be of type number. ';
class Foo {}
const received = [
  ['abc', "Received type string ('abc')"],
  ["it's", 'Received type string ("it\'s")'],
  ['a'.repeat(28), `Received type string ('${'a'.repeat(28)}')`],
  ['a'.repeat(29), `Received type string ('${'a'.repeat(25)}...')`],
  ["it's".repeat(10), 'Received type string ("it\'sit\'sit\'sit\'sit\'sit\'si...")'],
  ['a\nb', "Received type string ('a\nb')"],
  [true, 'Received type boolean (true)'],
  [10n, 'Received type bigint (10n)'],
  [Symbol('x'), 'Received type symbol (Symbol(x))'],
  [null, 'Received null'],
  [{}, 'Received an instance of Object'],
  [[], 'Received an instance of Array'],
  [new Map(), 'Received an instance of Map'],
  [new Foo(), 'Received an instance of Foo'],
  [Object.create(null), 'Received [Object: null prototype] {}'],
  [Object.assign(Object.create(null), { a: 1 }), 'Received [Object: null prototype]'],
  [{ constructor: { name: 'Fake' } }, 'Received an instance of Fake'],
  [function namedFn() {}, 'Received function namedFn'],
  [() => {}, 'Received function '],
  [class Klass {}, 'Received function Klass'],
];
for (const [value, text] of received) {
  expectMessage(() => setMaxListeners(value), prefix + text);
}

// Numbers show up when the expected type is something else.
const numbers = [
  [1, 'Received type number (1)'],
  [-0, 'Received type number (-0)'],
  [NaN, 'Received type number (NaN)'],
  [Infinity, 'Received type number (Infinity)'],
  [1.5e300, 'Received type number (1.5e+300)'],
  [123456789012345678901234567890, 'Received type number (1.2345678901234568e+29)'],
];
for (const [value, text] of numbers) {
  expectMessage(() => new EventEmitter().on('x', value),
                `The "listener" argument must be of type function. ${text}`);
}

// common.invalidArgTypeHelper writes the same text.
for (const value of [1, 'str', null, undefined, {}, [], true, 2n]) {
  expectMessage(() => new EventEmitter().on('x', value),
                'The "listener" argument must be of type function.' +
                common.invalidArgTypeHelper(value));
}

// Expected-type lists, through public APIs.
expectMessage(() => require('path').join(1),
              'The "path" argument must be of type string. Received type number (1)');
expectMessage(() => require('fs').readFileSync(5.5),
              'The "path" argument must be of type string or an instance of Buffer or URL. ' +
              'Received type number (5.5)');
expectMessage(() => require('fs').writeFileSync('/nonexistent/x', 5),
              'The "data" argument must be of type string or an instance of Buffer, ' +
              'TypedArray, or DataView. Received type number (5)');
expectMessage(() => Buffer.concat(5),
              'The "list" argument must be an instance of Array. Received type number (5)');
expectMessage(() => Buffer.concat([5]),
              'The "list[0]" argument must be an instance of Buffer or Uint8Array. ' +
              'Received type number (5)');
expectMessage(() => Buffer.byteLength(5),
              'The "string" argument must be of type string or an instance of Buffer or ' +
              'ArrayBuffer. Received type number (5)');
expectMessage(() => Buffer.from(5),
              'The first argument must be of type string or an instance of Buffer, ' +
              'ArrayBuffer, or Array or an Array-like Object. Received type number (5)');
expectMessage(() => process.setUncaughtExceptionCaptureCallback(5),
              'The "fn" argument must be of type function or null. Received type number (5)');
expectMessage(() => process.emitWarning(5),
              'The "warning" argument must be of type string or an instance of Error. ' +
              'Received type number (5)');
expectMessage(() => require('events').getMaxListeners({}),
              'The "emitter" argument must be an instance of EventEmitter or EventTarget. ' +
              'Received an instance of Object');
expectMessage(() => require('path').resolve(null),
              'The "paths[0]" argument must be of type string. Received null');
expectMessage(() => new EventEmitter({ captureRejections: 'x' }),
              'The "options.captureRejections" property must be of type boolean. ' +
              "Received type string ('x')");
