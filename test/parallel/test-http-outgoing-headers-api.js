'use strict';
// The header methods of OutgoingMessage (ServerResponse and ClientRequest share them).
require('../common');
const assert = require('assert');
const http = require('http');

const msg = new http.OutgoingMessage();
assert.strictEqual(msg.getHeader('x'), undefined);
assert.deepStrictEqual(msg.getHeaderNames(), []);
assert.deepStrictEqual(msg.getRawHeaderNames(), []);
assert.deepStrictEqual(msg.getHeaders(), { __proto__: null });
assert.strictEqual(msg.hasHeader('x'), false);

assert.strictEqual(msg.setHeader('Content-Type', 'text/plain'), msg);
msg.setHeader('X-Num', 5);
msg.setHeader('Set-Cookie', ['a=1', 'b=2']);
assert.strictEqual(msg.getHeader('content-type'), 'text/plain');
assert.strictEqual(msg.getHeader('X-NUM'), 5);
assert.deepStrictEqual(msg.getHeaderNames(), ['content-type', 'x-num', 'set-cookie']);
assert.deepStrictEqual(msg.getRawHeaderNames(), ['Content-Type', 'X-Num', 'Set-Cookie']);
const all = msg.getHeaders();
assert.strictEqual(Object.getPrototypeOf(all), null);
assert.deepStrictEqual({ ...all }, { 'content-type': 'text/plain', 'x-num': 5, 'set-cookie': ['a=1', 'b=2'] });
assert.strictEqual(msg.hasHeader('Content-type'), true);

msg.appendHeader('set-cookie', 'c=3');
msg.appendHeader('X-Num', ['6', '7']);
msg.appendHeader('X-New', 'n');
assert.deepStrictEqual(msg.getHeader('set-cookie'), ['a=1', 'b=2', 'c=3']);
assert.deepStrictEqual(msg.getHeader('x-num'), [5, '6', '7']);
assert.strictEqual(msg.getHeader('x-new'), 'n');

msg.removeHeader('X-NUM');
assert.strictEqual(msg.hasHeader('x-num'), false);

msg.setHeaders(new Map([['a', '1'], ['set-cookie', 'z=1']]));
assert.strictEqual(msg.getHeader('a'), '1');
assert.deepStrictEqual(msg.getHeader('set-cookie'), ['z=1']);

assert.throws(() => msg.setHeader('bad name', 'x'), {
  code: 'ERR_INVALID_HTTP_TOKEN',
  name: 'TypeError',
  message: 'Header name must be a valid HTTP token ["bad name"]',
});
assert.throws(() => msg.setHeader('x', 'a\nb'), {
  code: 'ERR_INVALID_CHAR',
  name: 'TypeError',
  message: 'Invalid character in header content ["x"]',
});
assert.throws(() => msg.setHeader('x', undefined), {
  code: 'ERR_HTTP_INVALID_HEADER_VALUE',
  name: 'TypeError',
  message: 'Invalid value "undefined" for header "x"',
});
assert.throws(() => msg.getHeader(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => msg.setHeaders([]), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => msg._implicitHeader(), {
  code: 'ERR_METHOD_NOT_IMPLEMENTED',
  message: 'The _implicitHeader() method is not implemented',
});

msg._header = 'sent';
assert.strictEqual(msg.headersSent, true);
assert.throws(() => msg.setHeader('a', 'b'), {
  code: 'ERR_HTTP_HEADERS_SENT',
  message: 'Cannot set headers after they are sent to the client',
});
assert.throws(() => msg.removeHeader('a'), {
  code: 'ERR_HTTP_HEADERS_SENT',
  message: 'Cannot remove headers after they are sent to the client',
});
assert.throws(() => msg.appendHeader('a', 'b'), {
  code: 'ERR_HTTP_HEADERS_SENT',
  message: 'Cannot append headers after they are sent to the client',
});
