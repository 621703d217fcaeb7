'use strict';
// util.inspect with colors: ANSI sequences for every style, layout with
// colored entries, custom styles.
const util = require('util');

// Written straight to stdout so the output does not depend on the console module.
function print(...args) {
  process.stdout.write(`${util.format(...args)}\n`);
}

function show(label, value, opts) {
  print(`# ${label}`);
  print(JSON.stringify(util.inspect(value, { colors: true, ...opts })));
}

show('number', 1);
show('negative zero', -0);
show('bigint', 1n);
show('string', 'str');
show('multi-line string', 'line one is long enough\nline two is long enough\nline three is long enough\n');
show('boolean', true);
show('undefined', undefined);
show('null', null);
show('symbol', Symbol('s'));
show('date', new Date(0));
show('invalid date', new Date(NaN));
show('regexp', /x/g);
show('function', function f() {});
show('class', class C {});
show('object', { a: 1, b: 'two', c: [null, undefined] });
show('symbol key', { [Symbol('k')]: 1 });
show('quoted key', { 'a-b': 1 });
show('array grouping', Array.from({ length: 30 }, (_, i) => i * 3));
show('string grouping', Array.from({ length: 30 }, (_, i) => `s${i}`));
show('sparse', [1, , 3]);
show('more items', Array.from({ length: 105 }, () => 0));
show('map', new Map([['a', 1]]));
show('set', new Set([1, 'x']));
show('weakmap', new WeakMap());
show('promise pending', new Promise(() => {}));
show('promise resolved', Promise.resolve('ok'));
show('boxed number', new Number(5));
show('boxed string', new String('bs'));
show('boxed boolean with prop', Object.assign(new Boolean(true), { x: 1 }));
show('boxed symbol', Object(Symbol('q')));
show('boxed bigint', Object(9n));
show('circular', (() => { const o = {}; o.o = o; return o; })());
show('getter', { get g() { return 1; } });
show('getter evaluated', { get g() { return 'v'; } }, { getters: true });
show('getter null evaluated', { get g() { return null; } }, { getters: true });
show('arraybuffer', new ArrayBuffer(2));
show('typed array', new Float32Array([1.5]));
show('error no frames', Object.assign(new Error('e'), { stack: 'Error: e' }));
show('error frames', Object.assign(new Error('e'), {
  stack: 'Error: e\n    at user (/app/index.js:1:1)\n    at node:events:2:3\n' +
    '    at Module._compile (node:path:1:1)\n' +
    '    at dep (/app/node_modules/pkg/index.js:3:3)\n' +
    '    at scoped (/app/node_modules/@scope/pkg/lib/x.js:3:3)',
}));
show('depth exceeded', { a: { b: { c: { d: 1 } } } });
show('array depth exceeded', { a: { b: { c: [1] } } });
show('revoked proxy', (() => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; })());
show('proxy showProxy', new Proxy({}, {}), { showProxy: true });
show('numericSeparator', 123456, { numericSeparator: true });
show('iterator', new Map([[1, 2]]).entries());
show('module-free nested', { x: { y: { z: 'deep' } } }, { depth: 5 });
show('long colored line', {
  aaaa: 'aaaaaaaaaaaaaaa', bbbb: 'bbbbbbbbbbbbbbb', cccc: 'ccccccccccccccc', dddd: 1234567,
});

print('# custom styles');
const savedNumber = util.inspect.styles.number;
util.inspect.styles.number = 'red';
print(JSON.stringify(util.inspect([1, 2], { colors: true })));
util.inspect.styles.number = 'not-a-color';
print(JSON.stringify(util.inspect([1, 2], { colors: true })));
util.inspect.styles.number = savedNumber;
util.inspect.styles.name = 'blue';
print(JSON.stringify(util.inspect({ key: 1 }, { colors: true })));
delete util.inspect.styles.name;
util.inspect.colors.customColor = [1, 2];
util.inspect.styles.string = 'customColor';
print(JSON.stringify(util.inspect('s', { colors: true })));
util.inspect.styles.string = 'green';
delete util.inspect.colors.customColor;
print(JSON.stringify(util.inspect('s', { colors: true })));

print('# stripVTControlCharacters');
for (const s of ['\u001b[31mred\u001b[39m', 'plain', '\u001b[1;31mbold red\u001b[0m',
  '\u001b]8;;http://example.com\u0007link\u001b]8;;\u0007', '\u009b32mcsi', 'a\u001b[2Kb',
  '\u001b[?25l', util.inspect({ a: [1, 'x'] }, { colors: true })]) {
  print(JSON.stringify(util.stripVTControlCharacters(s)));
}
try {
  util.stripVTControlCharacters(1);
} catch (err) {
  print(err.name, err.code, err.message);
}

// Frames under the working directory show that part dimmed.
const cwd = process.cwd();
const cwdError = new Error('cwd');
cwdError.stack = ['Error: cwd',
  `    at fn (${cwd}/a.js:1:1)`,
  `    at ${cwd}/b.js:2:2`,
  `    at fn (file://${cwd}/c.mjs:3:3)`,
  `    at file://${cwd}/d.mjs:4:4`,
  '    at other (/elsewhere/e.js:5:5)',
  `    at dep (${cwd}/node_modules/pkg/f.js:6:6)`,
  '    at async Promise.all (index 0)',
  `    at eval (eval at <anonymous> (${cwd}/i.js:9:9), <anonymous>:1:1)`,
].join('\n');
print(JSON.stringify(util.inspect(cwdError, { colors: true }).split(cwd).join('<cwd>')));
