'use strict';
// V8 inspector methods on the global console: without an inspector they print
// nothing; context() and createTask() return objects of V8's shape.
try { console.createTask() } catch (e) { console.log(e.name, e.message) }
try { console.createTask('') } catch (e) { console.log(e.name, e.message) }
const t = console.createTask('x'); console.log(t, Object.getPrototypeOf(t), typeof t.run, t.run(() => 42), t.run.length);
try { t.run(5) } catch(e) { console.log(e.name, e.message) }
const c = console.context('n'); console.log(c, Object.getPrototypeOf(c));
console.log(Object.keys(console.context()).map(k=>k+':'+console.context()[k].length).join(' '), console.context.name, console.createTask.name, console.context.length);
console.context('n').log('hi');
console.log(console.profile(), console.timeStamp('x'), console.profileEnd());
