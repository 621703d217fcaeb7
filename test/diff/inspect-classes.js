'use strict';
// util.inspect of functions, classes, class instances, prototypes, boxed
// primitives, dates and regular expressions.
const util = require('util');

// Written straight to stdout so the output does not depend on the console module.
function print(...args) {
  process.stdout.write(`${util.format(...args)}\n`);
}

function show(label, value, opts) {
  print(`# ${label}`);
  print(opts === undefined ? util.inspect(value) : util.inspect(value, opts));
}

show('named function', function foo() {});
show('anonymous function', (() => function() {})());
show('arrow', (() => () => {})());
show('named arrow', (() => { const arrow = () => {}; return arrow; })());
show('async function', async function af() {});
show('async arrow', (() => async () => {})());
show('generator', function* gen() {});
show('async generator', async function* agen() {});
show('method', { m() {} }.m);
show('getter fn', Object.getOwnPropertyDescriptor({ get g() { return 1; } }, 'g').get);
show('bound', function bf() {}.bind(null));
show('builtin', Math.max);
show('function with props', Object.assign(function withProps() {}, { a: 1, b: 'x' }));
show('function null proto', Object.setPrototypeOf(function np() {}, null));
show('function renamed', Object.defineProperty(function orig() {}, 'name', { value: 'renamed' }));
show('function empty name', Object.defineProperty(function orig() {}, 'name', { value: '' }));
show('function showHidden', function hid(a, b) {}, { showHidden: true });
show('function toStringTag', Object.assign(function t() {}, { [Symbol.toStringTag]: 'T' }));
const fnTagHidden = function th() {};
Object.defineProperty(fnTagHidden, Symbol.toStringTag, { value: 'Hidden' });
show('function hidden toStringTag', fnTagHidden);
show('class', class A {});
show('anonymous class', (() => class {})());
show('class extends', class B extends Array {});
class Base {}
class Derived extends Base {}
show('class extends user class', Derived);
show('class with static', class S { static x = 1; });
show('class null proto', Object.setPrototypeOf(class N {}, null));
show('class extends null', class EN extends null {});
show('class with comment', class /* c */ C2 {});
show('instance', new Base());
show('instance with props', Object.assign(new Derived(), { a: 1 }));
class WithCtorProps { constructor() { this.x = 1; this.y = [1, 2]; } }
show('instance ctor props', new WithCtorProps());
show('instance at depth', { a: { b: { c: new WithCtorProps() } } });
show('instance empty at depth', { a: { b: { c: new Base() } } });
class Acc { get value() { return 42; } set value(v) {} method() {} }
show('instance proto accessor', new Acc());
show('instance proto accessor showHidden', new Acc(), { showHidden: true });
show('derived proto accessor showHidden', new (class D2 extends Acc { get other() { return 1; } })(),
  { showHidden: true });
const protoLess = Object.create(null);
protoLess.x = 1;
show('null proto object', protoLess);
const fromProto = Object.create({ inherited: 1 });
fromProto.own = 2;
show('object with anonymous prototype', fromProto);
const nullProtoChild = Object.create(Object.create(null));
nullProtoChild.z = 1;
show('object whose prototype has null prototype', nullProtoChild);
function OldStyle() { this.a = 1; }
show('constructor function instance', new OldStyle());
OldStyle.prototype.constructor = undefined;
show('instance with broken constructor', new OldStyle());
const fake = Object.create(Base.prototype, { constructor: { value: Derived } });
show('fake constructor', fake);
class Tagged { get [Symbol.toStringTag]() { return 'TT'; } }
show('instance toStringTag', new Tagged());
show('instance toStringTag same as name', new (class Same { get [Symbol.toStringTag]() { return 'Same'; } })());
show('Object.prototype', Object.prototype);
show('Array.prototype', Array.prototype);
show('Function.prototype', Function.prototype);
show('class prototype', Derived.prototype);
show('custom constructor named Object', new (class Object2 {})());

show('Number', new Number(3));
show('Number -0', new Number(-0));
show('String', new String('abc'));
show('String with prop', Object.assign(new String('ab'), { extra: 1 }));
show('Boolean', new Boolean(false));
show('Symbol boxed', Object(Symbol('bx')));
show('BigInt boxed', Object(10n));
show('boxed subclass', new (class MyNum extends Number {})(5));
show('boxed null proto', Object.setPrototypeOf(new Number(1), null));
show('boxed in object', { n: new Number(1), s: new String('s') });

show('Date', new Date(0));
show('Date 2020', new Date(Date.UTC(2020, 1, 29, 12, 30, 15, 123)));
show('Date invalid', new Date(NaN));
show('Date with prop', Object.assign(new Date(86400000), { note: 'x' }));
show('Date subclass', new (class MyDate extends Date {})(0));
show('Date in object', { when: new Date(1e12) });
show('RegExp', /ab+c/gi);
show('RegExp source escapes', /a\/b[\]]\n/);
show('RegExp new', new RegExp('x', 'y'));
show('RegExp with prop', Object.assign(/p/, { extra: true }));
show('RegExp subclass', new (class MyRe extends RegExp {})('r'));
show('RegExp at depth with prop', { a: { b: { c: Object.assign(/x/, { y: 1 }) } } });
show('RegExp in array', [/a/, /b/m]);
