'use strict';
// util.inspect of strings and primitives: quoting, escapes, long and
// multi-line strings, maxStringLength, numbers and bigints.
const util = require('util');

// Written straight to stdout so the output does not depend on the console module.
function print(...args) {
  process.stdout.write(`${util.format(...args)}\n`);
}

function show(label, value, opts) {
  print(`# ${label}`);
  print(opts === undefined ? util.inspect(value) : util.inspect(value, opts));
}

show('plain', 'hello');
show('empty', '');
show('single quote', "it's");
show('double quote', 'say "hi"');
show('both quotes', `it's "both"`);
show('all quotes', `'"\``);
show('quotes and template', `'"\${x}`);
show('backslash', 'a\\b');
show('control chars', '\x00\x01\x07\b\t\n\v\f\r\x1b\x1f\x7f');
show('unicode', 'caf\u00e9 \u4e2d\u6587 \u{1F600}');
show('lone high surrogate', 'a\ud83db');
show('lone low surrogate', 'a\ude00b');
show('surrogate pair', '\ud83d\ude00');
show('C1 control', '\u0085\u009b');
show('zero width', 'a\u200bb');
show('line separator', 'a\u2028b');
show('newline short', 'a\nb');
show('newline long', 'The quick brown fox\njumps over the lazy dog\nand keeps running far away\n');
show('long no newline', 'x'.repeat(200));
show('long with newline at end', `${'y'.repeat(90)}\n`);
show('long in object', { text: 'line one of the text\nline two of the text\nline three of the text\n' });
show('long in nested object', { a: { b: 'first line is here\nsecond line is here\nthird line is also here now' } });
show('long in array', ['first line is here and long\nsecond line is here and long\nthird line']);
show('multiline with quotes', "it's a\nlong 'string' that spans\nmultiple lines for testing purposes");
show('maxStringLength', 'abcdefghij', { maxStringLength: 4 });
show('maxStringLength 1 over', 'abcde', { maxStringLength: 4 });
show('maxStringLength 0', 'abc', { maxStringLength: 0 });
show('maxStringLength null', 'z'.repeat(20000).length > 0 ? 'abc' : '', { maxStringLength: null });
show('default maxStringLength', 'q'.repeat(10050));
show('maxStringLength in object', { s: 'abcdefghij' }, { maxStringLength: 3 });
show('maxStringLength multiline', 'line1\nline2\nline3\nline4\nline5', { maxStringLength: 12, breakLength: 10 });
show('string breakLength small', 'aaaa\nbbbb\ncccc\ndddd\neeee', { breakLength: 10 });
show('string compact false', 'short\nlines\nhere and there and everywhere', { compact: false });
show('string compact true', `${'w'.repeat(50)}\n${'v'.repeat(50)}`, { compact: true });
show('key needing quotes with quote', { "it's": 1, 'a"b': 2 });
show('key with unicode', { 'caf\u00e9': 1, '\u4e2d': 2 });
show('key with escape', { 'tab\there': 1 });

show('integer', 42);
show('negative', -7);
show('zero', 0);
show('negative zero', -0);
show('float', 3.14159);
show('exponent', 1e300);
show('tiny', 5e-324);
show('NaN', NaN);
show('Infinity', -Infinity);
show('max safe', Number.MAX_SAFE_INTEGER);
show('numericSeparator int', 1234567890, { numericSeparator: true });
show('numericSeparator small', 123, { numericSeparator: true });
show('numericSeparator negative', -1234567, { numericSeparator: true });
show('numericSeparator float', 1234.56789, { numericSeparator: true });
show('numericSeparator float negative', -1234567.123456789, { numericSeparator: true });
show('numericSeparator tiny float', 0.0001234, { numericSeparator: true });
show('numericSeparator exponent', 1e21, { numericSeparator: true });
show('numericSeparator NaN', NaN, { numericSeparator: true });
show('numericSeparator -0', -0, { numericSeparator: true });
show('numericSeparator bigint', 12345678901234567890n, { numericSeparator: true });
show('numericSeparator negative bigint', -1000n, { numericSeparator: true });
show('numericSeparator object', { a: 1000, b: 10000.5, c: 100n }, { numericSeparator: true });
show('bigint', 123n);
show('bigint negative', -123456789012345678901234567890n);
show('boolean', true);
show('undefined', undefined);
show('null', null);
show('symbol', Symbol('sym'));
show('symbol empty', Symbol());
show('symbol with quote', Symbol("it's"));
show('well-known symbol', Symbol.iterator);
show('registered symbol', Symbol.for('registered'));
show('C1 range', Array.from({ length: 0x24 }, (_, i) => String.fromCharCode(0x7e + i)).join(''));
const hiddenKey = {};
Object.defineProperty(hiddenKey, 'a\x85\n', { value: 1 });
show('hidden key with escapes', hiddenKey, { showHidden: true });
for (const n of [1e-7, 5e-324, -2.5e-8, 0.000001, 123.456e-10, -1234.5678, 1234567.891011]) {
  show(`numericSeparator ${n}`, n, { numericSeparator: true });
}
