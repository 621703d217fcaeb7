'use strict';
// The parser's callbacks (parser[kOnHeadersComplete] ...) behave as ordinary properties: they
// read back, can be tested with `in`, deleted and replaced, and execute() calls what is set.
require('../common');
const assert = require('assert');
const { HTTPParser } = require('_http_common');

const { kOnHeadersComplete, kOnMessageComplete, kOnBody } = HTTPParser;
const parser = new HTTPParser();
parser.initialize(HTTPParser.REQUEST, {});
assert.strictEqual(kOnHeadersComplete in parser, false);
assert.strictEqual(parser[kOnHeadersComplete], undefined);

const events = [];
function onHeaders(major, minor, headers, method, url) {
  events.push(['headers', major, minor, headers, url]);
}
parser[kOnHeadersComplete] = onHeaders;
parser[kOnMessageComplete] = () => events.push(['first']);
assert.strictEqual(parser[kOnHeadersComplete], onHeaders);
assert.strictEqual(kOnHeadersComplete in parser, true);
assert.deepStrictEqual(Object.keys(parser).filter((k) => /^\d+$/.test(k)),
                       [String(kOnHeadersComplete), String(kOnMessageComplete)].sort());

assert.strictEqual(delete parser[kOnMessageComplete], true);
assert.strictEqual(kOnMessageComplete in parser, false);
parser[kOnMessageComplete] = () => events.push(['complete']);
parser[kOnBody] = null;

const req = Buffer.from('GET /a HTTP/1.1\r\nHost: x\r\n\r\n');
assert.strictEqual(parser.execute(req), req.length);
assert.deepStrictEqual(events, [['headers', 1, 1, ['Host', 'x'], '/a'], ['complete']]);
