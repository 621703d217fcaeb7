'use strict';
// util.inspect of errors. Stacks are replaced by fixed text so the output
// does not depend on file paths or the engine's internal frames.
const util = require('util');

// Written straight to stdout so the output does not depend on the console module.
function print(...args) {
  process.stdout.write(`${util.format(...args)}\n`);
}

function show(label, value, opts) {
  print(`# ${label}`);
  print(opts === undefined ? util.inspect(value) : util.inspect(value, opts));
}

function withStack(err, frames) {
  const head = `${err.name}${err.message ? `: ${err.message}` : ''}`;
  err.stack = frames ? `${head}\n${frames.map((f) => `    at ${f}`).join('\n')}` : head;
  return err;
}

const frames = ['fn (/app/file.js:1:1)', 'other (/app/file.js:2:2)'];
show('error with stack', withStack(new Error('boom'), frames));
show('error without frames', withStack(new Error('boom')));
show('error no message', withStack(new Error(), frames));
show('TypeError', withStack(new TypeError('bad type'), frames));
show('RangeError no frames', withStack(new RangeError('range')));
show('nested in object', { err: withStack(new Error('inner'), frames) });
show('nested in array', [withStack(new Error('a')), withStack(new Error('b'))]);
const extra = withStack(new Error('extra'), frames);
extra.code = 'E_CODE';
extra.info = { detail: 1 };
show('extra props', extra);
const extraNoStack = withStack(new Error('x'));
extraNoStack.code = 'ECODE';
show('extra props no frames', extraNoStack);
const renamed = withStack(new Error('msg'));
renamed.name = 'Renamed';
show('name changed after', renamed);
const renamedErr = withStack(new Error('msg'));
renamedErr.name = 'CustomError';
show('name changed to other Error', renamedErr);
const msgChanged = withStack(new Error('original'));
msgChanged.message = 'changed';
show('message changed after', msgChanged);
const stackUndef = new Error('no stack');
stackUndef.stack = undefined;
show('stack undefined', stackUndef);
const stackEmpty = new Error('empty stack');
stackEmpty.stack = '';
show('stack empty', stackEmpty);
const stackOdd = new Error('odd');
stackOdd.stack = 'something else entirely';
show('stack unrelated', stackOdd);
const cause = withStack(new Error('the cause'), ['c1 (/a.js:1:1)']);
show('cause', withStack(new Error('outer', { cause }), frames));
show('cause primitive', withStack(new Error('outer', { cause: 'just a string' }), frames));
show('cause undefined', withStack(new Error('outer', { cause: undefined })));
show('cause nested', withStack(new Error('l1', {
  cause: withStack(new Error('l2', { cause: withStack(new Error('l3')) })),
})));
const common = ['shared (/s.js:1:1)', 'shared2 (/s.js:2:2)', 'shared3 (/s.js:3:3)',
  'shared4 (/s.js:4:4)', 'shared5 (/s.js:5:5)'];
const c2 = withStack(new Error('inner'), ['only (/i.js:1:1)', ...common]);
show('cause with common frames', withStack(new Error('outer', { cause: c2 }),
  ['top (/o.js:1:1)', ...common]));
show('AggregateError', withStack(new AggregateError([withStack(new Error('e1')), 42], 'many'), frames));
show('AggregateError empty', withStack(new AggregateError([], 'none')));
class MyError extends Error {}
show('subclass', withStack(new MyError('sub'), frames));
class NamedError extends Error { constructor(m) { super(m); this.name = 'NamedError'; } }
show('subclass with name', withStack(new NamedError('named'), frames));
class WeirdName extends Error { constructor(m) { super(m); this.name = 'Weird'; } }
show('subclass with non-Error name', withStack(new WeirdName('w')));
const nullProto = withStack(new Error('np'), frames);
Object.setPrototypeOf(nullProto, null);
show('null prototype error', nullProto);
const tagErr = withStack(new Error('tag'));
Object.defineProperty(tagErr, Symbol.toStringTag, { value: 'Tagged' });
show('error with toStringTag', tagErr);
show('error showHidden', withStack(new Error('hidden'), frames), { showHidden: true });
show('error depth', { a: { b: { c: withStack(new Error('deep')) } } });
show('error at depth 0', { e: withStack(new Error('d0')) }, { depth: 0 });
const objStack = new Error('o');
objStack.stack = { not: 'a string' };
show('non-string stack', objStack);
show('error-like object', { name: 'Error', message: 'fake', stack: 'Error: fake' });
const errMsgKey = withStack(new Error('m'));
Object.defineProperty(errMsgKey, 'message', { value: 'm', enumerable: true });
show('enumerable message in stack', errMsgKey);
const errNameEnum = withStack(new TypeError('t'));
errNameEnum.name = 'TypeError';
show('enumerable name in stack', errNameEnum);
const indented = withStack(new Error('multi\nline message'), frames);
show('multi-line message', { indented });
show('error in map', new Map([['k', withStack(new Error('in map'))]]));
