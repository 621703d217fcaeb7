'use strict';
// http.validateHeaderName / validateHeaderValue, STATUS_CODES, METHODS, maxHeaderSize.
require('../common');
const assert = require('assert');
const http = require('http');

http.validateHeaderName('X-Ok');
http.validateHeaderValue('x', 'fine value');
assert.throws(() => http.validateHeaderName('a b'), {
  code: 'ERR_INVALID_HTTP_TOKEN',
  message: 'Header name must be a valid HTTP token ["a b"]',
});
assert.throws(() => http.validateHeaderName(''), { code: 'ERR_INVALID_HTTP_TOKEN' });
assert.throws(() => http.validateHeaderValue('x', 'a\rb'), {
  code: 'ERR_INVALID_CHAR',
  message: 'Invalid character in header content ["x"]',
});
assert.throws(() => http.validateHeaderValue('x', undefined), { code: 'ERR_HTTP_INVALID_HEADER_VALUE' });

assert.strictEqual(http.STATUS_CODES[200], 'OK');
assert.strictEqual(http.STATUS_CODES[418], 'I\'m a Teapot');
assert.strictEqual(http.STATUS_CODES[431], 'Request Header Fields Too Large');
assert.strictEqual(Object.keys(http.STATUS_CODES).length, 63);

assert.ok(Array.isArray(http.METHODS));
assert.deepStrictEqual(http.METHODS, http.METHODS.slice().sort());
for (const m of ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH', 'CONNECT', 'M-SEARCH', 'PURGE']) {
  assert.ok(http.METHODS.includes(m), m);
}
assert.strictEqual(http.maxHeaderSize, 16384);
http.setMaxIdleHTTPParsers(10);
assert.throws(() => http.setMaxIdleHTTPParsers(0), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => http.setMaxIdleHTTPParsers('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(typeof http.globalAgent, 'object');
assert.ok(http.globalAgent instanceof http.Agent);
assert.strictEqual(http.globalAgent.keepAlive, true);
