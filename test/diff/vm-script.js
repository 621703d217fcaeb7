'use strict';
// vm.Script, runIn*Context and compileFunction: options, validation errors (codes and messages),
// the source arrow in front of the stack with displayErrors, offsets in stack traces, cached data.
const vm = require('vm');
const util = require('util');

const show = (v) => util.inspect(v, { depth: 3, sorted: true });
// The stack without its frames (they name internal functions that differ).
const head = (e) => String(e.stack).split('\n    at ')[0];
const t = (label, f) => {
  try {
    console.log(label, show(f()));
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, JSON.stringify(e.message));
  }
};

t('basic', () => new vm.Script('1 + 2').runInThisContext());
t('globals', () => { globalThis.__vmTest = 5; return vm.runInThisContext('__vmTest * 2'); });
t('filename string', () => vm.runInThisContext('3', 'file.js'));
try {
  new vm.Script('a = ;', { filename: 'x.js' });
} catch (e) {
  console.log('syntax', e.name, JSON.stringify(head(e)));
}
try {
  new vm.Script('\n\n  foo = )', { filename: 'off.js', lineOffset: 10, columnOffset: 4 });
} catch (e) {
  console.log('syntax offset', JSON.stringify(head(e)));
}
try {
  vm.runInThisContext('throw new Error("q")', { filename: 'y.js' });
} catch (e) {
  console.log('runtime', JSON.stringify(head(e)));
}
try {
  vm.runInThisContext('throw new Error("q")', { filename: 'y.js', displayErrors: false });
} catch (e) {
  console.log('no display', JSON.stringify(head(e)));
}
try {
  vm.runInThisContext('\nnull.x', { filename: 'z.js', lineOffset: 5 });
} catch (e) {
  console.log('frame', e.stack.split('\n').find((l) => l.includes('z.js:')).trim());
}
try {
  vm.runInNewContext('(function inner() { throw new Error("deep") })()', {}, { filename: 'n.js', lineOffset: 2, columnOffset: 3 });
} catch (e) {
  console.log('frame new', e.stack.split('\n').find((l) => l.includes('n.js:')).trim());
}
t('throw primitive', () => vm.runInThisContext('throw 42'));

// Validation.
t('options type', () => new vm.Script('1', 5));
t('filename type', () => new vm.Script('1', { filename: 1 }));
t('lineOffset type', () => new vm.Script('1', { lineOffset: 'a' }));
t('lineOffset range', () => new vm.Script('1', { lineOffset: 2 ** 31 }));
t('columnOffset type', () => new vm.Script('1', { columnOffset: 1.5 }));
t('cachedData type', () => new vm.Script('1', { cachedData: 'x' }));
t('produceCachedData type', () => new vm.Script('1', { produceCachedData: 1 }));
t('import type', () => new vm.Script('1', { importModuleDynamically: 1 }));
t('timeout type', () => new vm.Script('1').runInThisContext({ timeout: 'a' }));
t('timeout zero', () => new vm.Script('1').runInThisContext({ timeout: 0 }));
t('timeout negative', () => new vm.Script('1').runInThisContext({ timeout: -1 }));
t('displayErrors type', () => new vm.Script('1').runInThisContext({ displayErrors: 1 }));
t('breakOnSigint type', () => new vm.Script('1').runInThisContext({ breakOnSigint: 1 }));
t('run options type', () => new vm.Script('1').runInThisContext(1));
t('not a context', () => vm.runInContext('1', {}));
t('context null', () => vm.runInContext('1', null));
t('script not a context', () => new vm.Script('1').runInContext({}));
t('createContext number', () => vm.createContext(1));
t('createContext null', () => vm.createContext(null));
t('createContext string', () => vm.createContext('s'));
t('createContext function', () => vm.isContext(vm.createContext(function() {})));
t('isContext number', () => vm.isContext(1));
t('isContext array', () => vm.isContext([]));
t('name type', () => vm.createContext({}, { name: 1 }));
t('origin type', () => vm.createContext({}, { origin: 1 }));
t('codeGeneration type', () => vm.createContext({}, { codeGeneration: 1 }));
t('strings type', () => vm.createContext({}, { codeGeneration: { strings: 1 } }));
t('microtaskMode', () => vm.createContext({}, { microtaskMode: 'x' }));
t('contextName type', () => vm.runInNewContext('1', {}, { contextName: 1 }));
t('contextCodeGeneration type', () => vm.runInNewContext('1', {}, { contextCodeGeneration: 1 }));
t('no new', () => vm.Script('1'));
t('code coerced', () => new vm.Script({ toString() { return '6 * 7'; } }).runInThisContext());

// Script shape and cached data.
const produced = new vm.Script('function big() { return 1 } big()', { produceCachedData: true });
console.log('produced keys', Object.keys(produced), produced.cachedDataProduced,
            Buffer.isBuffer(produced.cachedData), produced.cachedData.length > 0);
const consumed = new vm.Script('function big() { return 1 } big()', { cachedData: produced.cachedData });
console.log('consumed', Object.keys(consumed), consumed.cachedDataRejected, consumed.runInThisContext());
const rejected = new vm.Script('1 + 2', { cachedData: Buffer.from('not a cache') });
console.log('rejected', typeof rejected.cachedDataRejected, rejected.runInThisContext());
const created = new vm.Script('function g() {} g()');
created.runInThisContext();
const cache = created.createCachedData();
console.log('createCachedData', Buffer.isBuffer(cache), cache.length > 0,
            new vm.Script('function g() {} g()', { cachedData: cache }).cachedDataRejected);
console.log('plain keys', Object.keys(new vm.Script('1')));
console.log('sourceMapURL', new vm.Script('1\n//# sourceMappingURL=map.json').sourceMapURL);
console.log('sourceURL', new vm.Script('1\n//# sourceURL=src.js').sourceURL);
console.log('proto chain', Object.getPrototypeOf(vm.Script.prototype).constructor.name !== 'Script');

// compileFunction.
const fn = vm.compileFunction('return a + b + (typeof c)', ['a', 'b']);
console.log('compileFunction', fn(1, 2), fn.name, fn.length, JSON.stringify(fn.toString()));
const ext = vm.compileFunction('return fromExt + x', ['x'], { contextExtensions: [{ fromExt: 10 }] });
console.log('extensions', ext(5));
const c = vm.createContext({ inCtx: 'ctx' });
const inCtx = vm.compileFunction('return inCtx + (typeof process)', [], { parsingContext: c });
console.log('parsingContext', inCtx());
const fp = vm.compileFunction('return 1', [], { produceCachedData: true });
console.log('fn produced', Object.keys(fp), fp.cachedDataProduced, Buffer.isBuffer(fp.cachedData));
const fc = vm.compileFunction('return 1', [], { cachedData: fp.cachedData });
console.log('fn consumed', Object.keys(fc), fc.cachedDataRejected, fc());
try {
  vm.compileFunction('return (', [], { filename: 'cf.js' });
} catch (e) {
  console.log('fn syntax', e.name, e.message);
}
try {
  vm.compileFunction('\nthrow new Error("x")', [], { filename: 'cf2.js', lineOffset: 3 })();
} catch (e) {
  console.log('fn frame', e.stack.split('\n').find((l) => l.includes('cf2.js:')).trim());
}
t('cf code type', () => vm.compileFunction(1));
t('cf params type', () => vm.compileFunction('', 'a'));
t('cf params item', () => vm.compileFunction('', [1]));
t('cf options type', () => vm.compileFunction('', [], 1));
t('cf parsingContext', () => vm.compileFunction('', [], { parsingContext: {} }));
t('cf extensions type', () => vm.compileFunction('', [], { contextExtensions: {} }));
t('cf extension item', () => vm.compileFunction('', [], { contextExtensions: [1] }));
