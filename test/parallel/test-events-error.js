'use strict';
// emit('error') without a listener, ERR_UNHANDLED_ERROR and errorMonitor.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const EventEmitter = require('events');

{
  // An Error is thrown as is.
  const ee = new EventEmitter();
  const err = new Error('boom');
  assert.throws(() => ee.emit('error', err), (thrown) => thrown === err);
}

{
  // Anything else is wrapped, with the inspected value in the message.
  const cases = [
    [undefined, 'Unhandled error. (undefined)'],
    ['str', "Unhandled error. ('str')"],
    [42, 'Unhandled error. (42)'],
    [null, 'Unhandled error. (null)'],
    [{ a: 1, b: [1, 2] }, 'Unhandled error. ({ a: 1, b: [ 1, 2 ] })'],
    [[1, 2, 3], 'Unhandled error. ([ 1, 2, 3 ])'],
    [Object.create(null), 'Unhandled error. ([Object: null prototype] {})'],
    [{ toString() { return 'custom'; } },
     'Unhandled error. ({ toString: [Function: toString] })'],
  ];
  for (const [value, message] of cases) {
    const ee = new EventEmitter();
    assert.throws(() => ee.emit('error', value), (err) => {
      assert.strictEqual(err.name, 'Error');
      assert.strictEqual(err.code, 'ERR_UNHANDLED_ERROR');
      assert.strictEqual(err.message, message);
      assert.strictEqual(err.context, value);
      assert.deepStrictEqual(Object.keys(err), ['code', 'context']);
      assert.strictEqual(err.stack.split('\n')[0], `Error [ERR_UNHANDLED_ERROR]: ${message}`);
      return true;
    });
  }
}

{
  // The first frame is emit() itself.
  const ee = new EventEmitter();
  assert.throws(() => ee.emit('error', 1), (err) => {
    assert.match(err.stack.split('\n')[1], /^ {4}at EventEmitter\.emit /);
    return true;
  });
}

{
  // With no arguments at all.
  const ee = new EventEmitter();
  assert.throws(() => ee.emit('error'), {
    code: 'ERR_UNHANDLED_ERROR',
    name: 'Error',
    message: 'Unhandled error. (undefined)',
  });
}

{
  // A symbol is inspected too.
  const ee = new EventEmitter();
  const sym = Symbol('q');
  assert.throws(() => ee.emit('error', sym), (err) => {
    assert.strictEqual(err.message, 'Unhandled error. (Symbol(q))');
    assert.strictEqual(err.context, sym);
    return true;
  });
}

{
  // With an 'error' listener nothing is thrown.
  const ee = new EventEmitter();
  ee.on('error', common.mustCall((err) => assert.strictEqual(err, 'x')));
  assert.strictEqual(ee.emit('error', 'x'), true);
}

{
  // errorMonitor sees the error first, and does not count as a handler.
  const ee = new EventEmitter();
  const err = new Error('monitored');
  const order = [];
  ee.on(EventEmitter.errorMonitor, common.mustCall((e) => {
    assert.strictEqual(e, err);
    order.push('monitor');
  }, 2));
  assert.throws(() => ee.emit('error', err), (e) => e === err);
  ee.on('error', () => order.push('handler'));
  ee.emit('error', err);
  assert.deepStrictEqual(order, ['monitor', 'monitor', 'handler']);
  assert.strictEqual(typeof EventEmitter.errorMonitor, 'symbol');
  assert.strictEqual(EventEmitter.errorMonitor.toString(), 'Symbol(events.errorMonitor)');
}

{
  // The wrapped error inspects like Node's.
  const ee = new EventEmitter();
  try {
    ee.emit('error', 'str');
  } catch (err) {
    const inspected = util.inspect(err);
    assert.match(inspected, /^Error \[ERR_UNHANDLED_ERROR\]: Unhandled error\. \('str'\)\n/);
    assert.match(inspected, /\{\n {2}code: 'ERR_UNHANDLED_ERROR',\n {2}context: 'str'\n\}$/);
  }
}

{
  // Emitting 'error' on an emitter whose constructor was never run.
  const ee = Object.create(EventEmitter.prototype);
  assert.throws(() => ee.emit('error', 'x'), { code: 'ERR_UNHANDLED_ERROR' });
  const err = new Error('plain');
  assert.throws(() => ee.emit('error', err), (e) => e === err);
}
