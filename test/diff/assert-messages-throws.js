'use strict';
// Messages of throws/doesNotThrow/rejects/doesNotReject, match/doesNotMatch,
// ifError and fail, with code, operator and generatedMessage.
const assert = require('assert');
const util = require('util');

function print(...args) {
  process.stdout.write(`${util.format(...args)}\n`);
}

function report(err) {
  print(JSON.stringify(err.message));
  print(err.code, err.name, err.operator, err.generatedMessage);
}

function run(label, fn) {
  print(`# ${label}`);
  try {
    fn();
    print('(no error)');
  } catch (err) {
    report(err);
  }
}

function thrower(err) {
  return () => { throw err; };
}

const errX = () => new Error('x');
const withCode = (code) => Object.assign(new Error('x'), { code });

run('throws nothing', () => assert.throws(() => {}));
run('throws nothing msg', () => assert.throws(() => {}, 'msg'));
run('throws nothing class', () => assert.throws(() => {}, TypeError));
run('throws nothing class msg', () => assert.throws(() => {}, TypeError, 'msg'));
run('throws nothing object', () => assert.throws(() => {}, { name: 'E' }));
run('throws nothing error', () => assert.throws(() => {}, new RangeError('r')));
run('class mismatch', () => assert.throws(thrower(errX()), TypeError));
run('class mismatch empty message', () => assert.throws(thrower(new Error('')), TypeError));
run('class mismatch primitive', () => assert.throws(thrower('str'), TypeError));
run('class mismatch null', () => assert.throws(thrower(null), TypeError));
run('class mismatch object', () => assert.throws(thrower({ a: 1 }), TypeError));
run('class mismatch array', () => assert.throws(thrower([1, [2]]), TypeError));
run('class same name', () => assert.throws(
  thrower(new (class TypeError extends Error {})('x')), TypeError));
run('class mismatch msg', () => assert.throws(thrower(errX()), TypeError, 'm'));
run('regexp mismatch', () => assert.throws(thrower(errX()), /y/));
run('regexp mismatch string', () => assert.throws(thrower('x'), /y/));
run('regexp mismatch msg', () => assert.throws(thrower(errX()), /y/, 'm'));
run('function false', () => assert.throws(thrower(errX()), () => false));
run('named function', () => assert.throws(thrower(errX()), function check() { return 0; }));
run('function on primitive', () => assert.throws(thrower(5), () => null));
run('function msg', () => assert.throws(thrower(errX()), () => false, 'm'));
run('object mismatch', () => assert.throws(thrower(errX()), { message: 'y', name: 'Error' }));
run('object regexp', () => assert.throws(thrower(errX()), { message: /y/ }));
run('object regexp match', () => assert.throws(thrower(withCode('E1')), { code: 'E2', message: /x/ }));
run('object missing key', () => assert.throws(thrower(errX()), { message: 'x', extra: undefined }));
run('object nested', () => assert.throws(
  thrower(Object.assign(errX(), { info: { a: 1, b: [1, 2] } })), { info: { a: 1, b: [1, 3] } }));
run('object error expected', () => assert.throws(thrower(new TypeError('x')), new Error('x')));
run('object error code', () => assert.throws(thrower(withCode(1)),
                                             Object.assign(new Error('x'), { code: 2 })));
run('object primitive thrown', () => assert.throws(thrower('str'), { message: 'x' }));
run('object undefined thrown', () => assert.throws(thrower(undefined), { a: 1 }));
run('object msg', () => assert.throws(thrower(errX()), { message: 'y' }, 'custom'));
run('invalid fn', () => assert.throws('x'));
run('ambiguous', () => assert.throws(thrower(errX()), 'x'));
run('ambiguous primitive', () => assert.throws(thrower('x'), 'x'));
run('empty object', () => assert.throws(thrower(errX()), {}));
run('validator throws', () => assert.throws(thrower(errX()), () => { throw new RangeError('inner'); }));

run('doesNotThrow', () => assert.doesNotThrow(thrower(errX())));
run('doesNotThrow msg', () => assert.doesNotThrow(thrower(errX()), 'msg'));
run('doesNotThrow class msg', () => assert.doesNotThrow(thrower(errX()), Error, 'msg'));
run('doesNotThrow regexp', () => assert.doesNotThrow(thrower(errX()), /x/));
run('doesNotThrow other class', () => assert.doesNotThrow(thrower(errX()), TypeError));
run('doesNotThrow primitive', () => assert.doesNotThrow(thrower('x')));
run('doesNotThrow null', () => assert.doesNotThrow(thrower(null)));
run('doesNotThrow object', () => assert.doesNotThrow(thrower(errX()), {}));

run('match', () => assert.match('abc', /x/));
run('match long', () => assert.match('a'.repeat(200), /x/));
run('match multiline', () => assert.match('a\nb\nc', /x/m));
run('doesNotMatch', () => assert.doesNotMatch('abc', /b/g));
run('match number', () => assert.match(1, /x/));
run('doesNotMatch object', () => assert.doesNotMatch({ a: 1 }, /x/));
run('match msg', () => assert.match('a', /x/, 'custom'));
run('match invalid', () => assert.match('a', 'a'));

run('ifError error', () => assert.ifError(new Error('boom')));
run('ifError string', () => assert.ifError('str'));
run('ifError zero', () => assert.ifError(0));
run('ifError false', () => assert.ifError(false));
run('ifError empty message', () => assert.ifError(new TypeError('')));
run('ifError object message', () => assert.ifError({ message: 'objmsg' }));
run('ifError object', () => assert.ifError({ message: 1 }));
run('ifError null proto', () => assert.ifError(Object.create(null)));
run('ifError null', () => assert.ifError(null));

run('fail', () => assert.fail());
run('fail msg', () => assert.fail('boom'));
run('fail error', () => assert.fail(new TypeError('own')));
run('fail two', () => assert.fail(1, 2));
run('fail three', () => assert.fail(1, 2, 'm'));
run('fail operator', () => assert.fail(1, 2, undefined, '>'));
run('fail objects', () => assert.fail({ a: 1 }, [2], undefined, 'op'));

(async () => {
  async function runAsync(label, fn) {
    print(`# ${label}`);
    try {
      await fn();
      print('(no error)');
    } catch (err) {
      report(err);
    }
  }
  await runAsync('rejects resolved', () => assert.rejects(Promise.resolve(1)));
  await runAsync('rejects resolved class', () => assert.rejects(Promise.resolve(1), TypeError, 'm'));
  await runAsync('rejects class', () => assert.rejects(Promise.reject(errX()), TypeError));
  await runAsync('rejects object', () => assert.rejects(Promise.reject(errX()), { message: 'y' }));
  await runAsync('rejects fn', () => assert.rejects(() => Promise.reject(errX()), () => false));
  await runAsync('rejects not promise', () => assert.rejects(() => 1));
  await runAsync('rejects invalid', () => assert.rejects(1));
  await runAsync('rejects sync throw', () => assert.rejects(thrower(errX())));
  await runAsync('doesNotReject', () => assert.doesNotReject(Promise.reject(errX())));
  await runAsync('doesNotReject msg', () => assert.doesNotReject(Promise.reject(errX()), 'msg'));
  await runAsync('doesNotReject other', () => assert.doesNotReject(
    Promise.reject(new TypeError('t')), RangeError));
  await runAsync('doesNotReject resolved', () => assert.doesNotReject(Promise.resolve()));
})();
