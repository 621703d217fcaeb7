'use strict';
// module.stripTypeScriptTypes(): type-only syntax becomes white space of the same length; syntax
// that needs code generation is refused.
const common = require('../common');
const assert = require('assert');
const { stripTypeScriptTypes } = require('module');

common.expectWarning('ExperimentalWarning',
                     'stripTypeScriptTypes is an experimental feature and might change at any time');

assert.strictEqual(stripTypeScriptTypes('const a: number = 1;'), 'const a         = 1;');
assert.strictEqual(stripTypeScriptTypes('f<T>(x as any)!'), 'f   (x       ) ');
assert.strictEqual(stripTypeScriptTypes('interface I {}\nlet b: I', { sourceUrl: 'b.ts' }),
                   '              \nlet b   \n\n//# sourceURL=b.ts');
assert.strictEqual(stripTypeScriptTypes('let x = a\ntype T = 1\n(foo)'), 'let x = a\n;         \n(foo)');
assert.throws(() => stripTypeScriptTypes('enum A { B }'), {
  name: 'SyntaxError',
  code: 'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX',
  message: 'TypeScript enum is not supported in strip-only mode',
});
assert.throws(() => stripTypeScriptTypes('let a = (1 +);'), { code: 'ERR_INVALID_TYPESCRIPT_SYNTAX' });
assert.throws(() => stripTypeScriptTypes(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => stripTypeScriptTypes('a', { mode: 'x' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => stripTypeScriptTypes('a', { sourceMap: true }), { code: 'ERR_INVALID_ARG_VALUE' });
