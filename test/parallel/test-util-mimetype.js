'use strict';
require('../common');
const assert = require('assert');
const { MIMEType, MIMEParams } = require('util');

const m = new MIMEType(' TEXT/HTML; Charset="UTF-8"; q=0.5 ');
assert.strictEqual(m.type, 'text');
assert.strictEqual(m.subtype, 'html');
assert.strictEqual(m.essence, 'text/html');
assert.strictEqual(String(m), 'text/html;charset=UTF-8;q=0.5');
assert.strictEqual(JSON.stringify(m), '"text/html;charset=UTF-8;q=0.5"');
assert.ok(m.params instanceof MIMEParams);
assert.strictEqual(m.params, m.params);
assert.strictEqual(m.params.get('charset'), 'UTF-8');
assert.strictEqual(m.params.get('nope'), null);
assert.deepStrictEqual([...m.params], [['charset', 'UTF-8'], ['q', '0.5']]);

// Parameters: first one wins, bad names and empty values are dropped,
// quoted values keep escapes, non-token values are quoted again.
assert.strictEqual(String(new MIMEType('a/b;x=1;x=2;k\u00e9y=v;e=;q="a\\"b"')), 'a/b;x=1;q="a\\"b"');
assert.strictEqual(String(new MIMEType('a/b;v=\u00e9')), 'a/b;v="\u00e9"');
assert.strictEqual(String(new MIMEType('a/b;c=""')), 'a/b;c=""');

m.type = 'Application';
m.subtype = 'XML';
m.params.set('Charset', 'x y');
m.params.delete('q');
assert.strictEqual(String(m), 'application/xml;charset=UTF-8;Charset="x y"');

const syntax = (message) => ({ code: 'ERR_INVALID_MIME_SYNTAX', name: 'TypeError', message });
assert.throws(() => new MIMEType('text'), syntax('The MIME syntax for a type in "text" is invalid'));
assert.throws(() => new MIMEType('t@xt/html'),
              syntax('The MIME syntax for a type in "t@xt/html" is invalid at 1'));
assert.throws(() => new MIMEType(' text/ht ml '),
              syntax('The MIME syntax for a subtype in " text/ht ml " is invalid at 2'));
assert.throws(() => new MIMEType('B '), syntax('The MIME syntax for a type in "B " is invalid at 1'));
assert.throws(() => { m.type = ' text '; },
              syntax('The MIME syntax for a type in " text " is invalid at 0'));
assert.throws(() => m.params.set('a b', 'x'),
              syntax('The MIME syntax for a parameter name in "a b" is invalid at 1'));
assert.throws(() => m.params.set('a', 'x\u0100'),
              syntax('The MIME syntax for a parameter value in "x\u0100" is invalid at 1'));

const params = new MIMEParams();
params.set('a', 'b');
params.set('e', '');
assert.strictEqual(params.toString(), 'a=b;e=""');
assert.strictEqual(params.has('a'), true);
assert.deepStrictEqual([...params.keys()], ['a', 'e']);
assert.deepStrictEqual([...params.values()], ['b', '']);
assert.strictEqual(MIMEParams.prototype[Symbol.iterator], MIMEParams.prototype.entries);
