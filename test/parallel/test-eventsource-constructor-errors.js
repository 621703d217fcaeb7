// Flags: --experimental-eventsource --no-warnings
'use strict';
// new EventSource() argument errors: a missing URL is a TypeError, an unparsable one a
// SyntaxError DOMException, a non-object init a TypeError; a URL with another scheme is accepted.
require('../common');
const assert = require('assert');

assert.throws(() => new EventSource(), {
  name: 'TypeError',
  message: 'EventSource constructor: 1 argument required, but 0 found.',
});
for (const url of ['not a url', '/relative', 'http://a b/']) {
  assert.throws(() => new EventSource(url), (err) => {
    assert.ok(err instanceof DOMException);
    assert.strictEqual(err.name, 'SyntaxError');
    assert.strictEqual(err.code, 12);
    assert.strictEqual(err.message, 'TypeError: Invalid URL');
    return true;
  });
}
for (const init of ['str', 5, true]) {
  assert.throws(() => new EventSource('http://127.0.0.1:1/', init), {
    name: 'TypeError',
    message: `EventSource constructor: Expected ${init} to be one of: Null, Undefined, Object.`,
  });
}
assert.throws(() => EventSource('http://127.0.0.1:1/'), TypeError);
assert.throws(() => EventSource.prototype.close.call({}), {
  name: 'TypeError', code: 'ERR_INVALID_THIS', message: 'Illegal invocation',
});
const es = new EventSource('ftp://example.com/x', { withCredentials: 1 });
assert.strictEqual(es.url, 'ftp://example.com/x');
assert.strictEqual(es.withCredentials, true);
assert.strictEqual(es.readyState, EventSource.CONNECTING);
es.close();
assert.strictEqual(es.readyState, EventSource.CLOSED);
