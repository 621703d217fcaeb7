'use strict';
// ES5 util.inherits subclasses, class subclasses, and calling the constructors on foreign objects.
const stream = require('stream');
const util = require('util');
function Upper(opts) { if (!(this instanceof Upper)) return new Upper(opts); stream.Transform.call(this, opts); }
util.inherits(Upper, stream.Transform);
Upper.prototype._transform = function(c, e, cb) { this.push(String(c).toUpperCase()); cb(); };
function Src() { stream.Readable.call(this, { objectMode: true }); this.i = 0; }
util.inherits(Src, stream.Readable);
Src.prototype._read = function() { this.push(this.i < 3 ? 'x' + this.i++ : null); };
function Sink() { stream.Writable.call(this); this.data = ''; }
util.inherits(Sink, stream.Writable);
Sink.prototype._write = function(c, e, cb) { this.data += c; cb(); };
const sink = new Sink();
new Src().pipe(Upper()).pipe(sink).on('finish', () => console.log('es5', sink.data, sink instanceof stream.Writable, Upper() instanceof stream.Duplex));
class MyDuplex extends stream.Duplex {
  constructor() { super({ objectMode: true }); this.q = []; }
  _write(c, e, cb) { this.q.push(c); this.push(c * 2); cb(); }
  _read() {}
  _final(cb) { this.push(null); cb(); }
}
const d = new MyDuplex();
d.on('data', (x) => console.log('dup', x));
d.on('end', () => console.log('dup end', d.q));
d.write(1); d.write(2); d.end();
// Writable.call on an object that is not a Writable returns a fresh one
const o = {}; const ret = stream.Writable.call(o); console.log(ret instanceof stream.Writable, '_writableState' in o);
const inst = stream.Readable.call(Object.create(stream.Readable.prototype)); console.log(inst === undefined);
console.log(Object.prototype.toString.call(new stream.PassThrough()), String(new stream.Readable()));
