'use strict';
// The global console's methods: stream choice (stdout/stderr), formatting,
// assert, count, group indentation, dir/dirxml, warnings for unknown labels.
console.log('log %s %d %i %f %j %o %O %c %%', 'a', 1.5, 2.5, '3', { j: 1 }, [1], { O: 1 }, 'css');
console.info('info', { a: [1, 2] });
console.debug('debug', null, undefined, 1n);
console.warn('warn %s', 'to stderr');
console.error(new Map([[1, { a: 1 }]]));
console.log();
console.log('');
console.log('%s', 'only');
console.dir({ a: { b: { c: { d: 1 } } } });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: Infinity });
console.dir('str');
console.dir({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'ignored by dir'; }, x: 1 });
console.dirxml({ a: 1 }, 2, 'three');

console.assert(true, 'not printed');
console.assert(false);
console.assert(false, 'msg %s', 'x');
console.assert(false, { a: 1 }, 2);
console.assert(0, 5);
console.assert('', 'empty string is falsy');
console.assert(null, '%d%%', 50);

console.count();
console.count();
console.count('x');
console.count(undefined);
console.countReset();
console.count();
console.count(1);
console.count('1');
console.countReset('x');
console.count('x');
console.countReset('nope');
console.countReset(1);

console.group('G1');
console.log('in\nmulti');
console.group();
console.error('deep\nerr');
console.info('deep info');
console.warn({ a: { b: 1 } });
console.groupCollapsed('collapsed %s', 'label');
console.dir([1, 2, { a: 'x\ny' }]);
console.table([{ a: 1 }]);
console.groupEnd();
console.count('in group');
console.assert(false, 'in group');
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log('out');

console.timeEnd('nolabel');
console.timeLog('nolabel2', 'data');
console.time('t');
console.time('t');
console.time();
console.time();
console.time(undefined);
console.timeEnd(1);

const { log, error, table, group, groupEnd, count } = console;
group('detached');
log('detached log %d', 1);
error('detached error');
table([1]);
count('det');
groupEnd();
log('done');
