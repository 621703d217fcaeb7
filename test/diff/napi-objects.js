// Flags: --expose-gc
'use strict';
// Node-API classes, wrapping, references, externals, finalizers (on GC and at exit), type tags and
// instance data (test/fixtures/napi/objects.c).
const { build } = require('../fixtures/napi/build.js');
const a = require(build('objects'));
const { Counter } = a;
const c = new Counter(5);
console.log(c.increment(), c.value, c.kind, Counter.MAX, Counter.name, Object.keys(Counter), c instanceof Counter);
c.value = 41; console.log(c.increment(), Object.getOwnPropertyNames(Counter.prototype));
console.log(Counter.zero().value);
try { Counter(1); } catch (e) { console.log(e.message); }
try { Counter.prototype.increment.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
class Sub extends Counter { twice() { this.increment(); return this.increment(); } }
console.log(new Sub(1).twice());
console.log(a.unwrap(new Counter(9)), a.unwrap({}));
console.log(a.wrapTwice({}));
console.log(a.refCreate(0, {x: 1}, 1), a.refCreate(1, 'str', 1), a.refCreate(2, Symbol('s'), 0));
console.log(a.refGet(0), a.refAdjust(0, 1), a.refAdjust(0, -1), a.refAdjust(0, -1), a.refAdjust(0, -1));
const ext = a.makeExternal(7);
console.log(typeof ext, a.externalValue(ext), a.externalValue({}), Object.prototype.toString.call(ext));
console.log(a.tag({}, 0), (() => { const o = {}; a.tag(o, 0); return [a.tag(o, 1), a.checkTag(o, 0), a.checkTag(o, 1), a.checkTag({}, 0)]; })());
console.log(a.calls(), a.calls());
(function () {
  for (let i = 0; i < 3; i++) new Counter(i);
  a.makeExternal(1); a.addFinalizer({}, 2);
  a.refCreate(3, {}, 0);
})();
globalThis.gc();
console.log('ref 3 after gc:', a.refGet(3));
setImmediate(() => {
  console.log(a.finalizedCount(), a.finalizeLog().split(';').sort().join(';'));
  a.refDelete(3); a.refDelete(0);
  globalThis.keep = new Counter(100);
});
process.on('exit', () => console.log('exit event'));
