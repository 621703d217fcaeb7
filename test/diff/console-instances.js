'use strict';
// new Console(...): stream arguments and options, validation errors, colour
// modes, inspectOptions, groupIndentation, ignoreErrors, and the shape of
// Console instances and of the global console.
const { Console } = require('console');
const EventEmitter = require('events');

function capture(name) {
  const s = new EventEmitter();
  s.writes = [];
  s.write = function write(chunk) {
    s.writes.push([chunk, arguments.length, typeof arguments[1]]);
    return true;
  };
  s.dump = () => {
    for (const w of s.writes) console.log(name, JSON.stringify(w));
    s.writes.length = 0;
  };
  return s;
}

const out = capture('out');
const err = capture('err');

const c = new Console(out, err);
c.log('hi %s', 'there');
c.error('err');
c.warn({ w: 1 });
c.info('info');
c.debug('debug');
c.dir({ a: 1 });
c.table([{ a: 1 }]);
c.assert(false, 'nope');
out.dump();
err.dump();

const same = new Console(out);
same.log('to out');
same.error('also to out');
out.dump();

const strict = new Console({ stdout: out, ignoreErrors: false });
strict.log('noignore');
out.dump();

const g4 = new Console({ stdout: out, groupIndentation: 4 });
g4.group('a');
g4.log('b\nc');
g4.group();
g4.log('d');
g4.groupEnd();
g4.groupEnd();
g4.groupEnd();
g4.log('e');
out.dump();
const g0 = new Console({ stdout: out, groupIndentation: 0 });
g0.group('x');
g0.log('y');
out.dump();

const colored = new Console({ stdout: out, stderr: err, colorMode: true });
colored.log({ a: 1 }, 'str', 5, [null, undefined], Symbol('s'));
colored.error(new Map([['k', true]]));
colored.dir({ a: 'x' });
colored.table([{ a: 1, b: 's' }]);
colored.count();
out.dump();
err.dump();

const plain = new Console({ stdout: out, colorMode: false });
plain.log({ a: 1 });
out.dump();

const opts = { depth: 0 };
const withOpts = new Console({ stdout: out, inspectOptions: opts });
withOpts.log({ a: { b: 1 } });
withOpts.dir({ a: { b: 1 } }, { depth: 5 });
withOpts.table([{ a: { b: { c: 1 } } }]);
out.dump();
console.log(opts);
const opts2 = { compact: false };
const withColor = new Console({ stdout: out, inspectOptions: opts2, colorMode: true });
withColor.log({ a: 1 });
out.dump();
console.log(opts2);
const opts3 = { colors: true, breakLength: 10 };
const withColors = new Console({ stdout: out, inspectOptions: opts3 });
withColors.log({ alpha: 1, beta: 2 });
out.dump();

const called = Console(out);
called.log('without new');
out.dump();
console.log(called instanceof Console);

for (const args of [
  [], [null], [{}], [{ write: 1 }], [out, {}], [out, null], [out, 5], [{ stdout: {} }],
  [{ stdout: out, stderr: 5 }], [{ stdout: out, colorMode: 'x' }],
  [{ stdout: out, colorMode: 'auto', inspectOptions: { colors: true } }],
  [{ stdout: out, colorMode: false, inspectOptions: { colors: false } }],
  [{ stdout: out, inspectOptions: 5 }], [{ stdout: out, inspectOptions: null }],
  [{ stdout: out, inspectOptions: [] }], [{ stdout: out, groupIndentation: 1001 }],
  [{ stdout: out, groupIndentation: -1 }], [{ stdout: out, groupIndentation: '2' }],
  [{ stdout: out, groupIndentation: 1.5 }], [{ stdout: out, groupIndentation: NaN }],
  [{ stdout: out, colorMode: 'x', inspectOptions: 5 }],
  [{ stdout: out, colorMode: 'x', groupIndentation: -1 }],
  [{ stdout: out, inspectOptions: 5, groupIndentation: -1 }],
  [{ stdout: out, ignoreErrors: 'x' }], [out, undefined, false],
]) {
  try {
    const k = new Console(...args);
    console.log('ok', k._ignoreErrors, k._stdout === out, k._stderr === out);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
try {
  c.table([], 'a');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  c.table([], {});
} catch (e) {
  console.log(e.name, e.code, e.message);
}

// Shapes.
console.log(c);
console.log(Object.keys(c).join(' '));
console.log(Object.getOwnPropertyNames(c).join(' '));
console.log(Object.getOwnPropertySymbols(c).map(String).join(' '));
console.log(Reflect.ownKeys(Console.prototype).map(String).join(' '));
console.log(Object.keys(c).map((k) => `${k}:${c[k].length}:${c[k].name}`).join(' '));
console.log(Object.keys(console).map((k) => `${k}:${console[k].length}:${console[k].name}`).join(' '));
console.log(Object.getOwnPropertyNames(console).join(' '));
console.log(console instanceof Console, c instanceof Console, ({}) instanceof Console, 1 instanceof Console);
console.log(Object.prototype.toString.call(c), Object.prototype.toString.call(console), String(c));
console.log(Console.length, Console.name, console.Console === Console, c.Console);
console.log(Object.getPrototypeOf(c) === Console.prototype,
            Object.getPrototypeOf(Object.getPrototypeOf(console)) === Object.prototype);
const P = Console.prototype;
console.log(P.info === P.log, P.dirxml === P.log, P.error === P.warn, P.groupCollapsed === P.group,
            P.log.name, P.dirxml.name, P.groupCollapsed.name, P.trace.name, c.log === P.log);
console.log(Object.getOwnPropertyDescriptor(c, Symbol.toStringTag));
console.log(Object.getOwnPropertyDescriptor(console, 'log').enumerable,
            typeof Object.getOwnPropertyDescriptor(console, '_stdout').get,
            console._stdout === process.stdout, console._stderr === process.stderr);
console.log(console);

class Sub extends Console {
  log(...args) {
    super.log('SUB', ...args);
  }
}
const sub = new Sub(out);
sub.log('x');
sub.info('info is not log');
sub.count();
sub.group('g');
const { log: subLog } = sub;
subLog('detached');
out.dump();
console.log(sub instanceof Sub, sub instanceof Console, sub.log.name);
