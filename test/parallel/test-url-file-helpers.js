'use strict';
// fileURLToPath, pathToFileURL, urlToHttpOptions, domainToASCII/domainToUnicode.
require('../common');
const assert = require('assert');
const url = require('url');
const path = require('path');

assert.strictEqual(url.fileURLToPath('file:///tmp/a%20b'), '/tmp/a b');
assert.strictEqual(url.fileURLToPath(new URL('file:///%E2%82%AC')), '/€');
assert.strictEqual(url.fileURLToPath('file:///C:/x/y', { windows: true }), 'C:\\x\\y');
assert.strictEqual(url.fileURLToPath('file://server/share/f', { windows: true }), '\\\\server\\share\\f');
assert.throws(() => url.fileURLToPath('http://x/'), { code: 'ERR_INVALID_URL_SCHEME' });
assert.throws(() => url.fileURLToPath('file://host/x', { windows: false }),
              { code: 'ERR_INVALID_FILE_URL_HOST' });
assert.throws(() => url.fileURLToPath('file:///a%2fb'), { code: 'ERR_INVALID_FILE_URL_PATH' });
assert.throws(() => url.fileURLToPath('file:///x', { windows: true }),
              { code: 'ERR_INVALID_FILE_URL_PATH', message: 'File URL path must be absolute' });
assert.throws(() => url.fileURLToPath(5), { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(url.pathToFileURL('/tmp/a b%c?d#e').href, 'file:///tmp/a%20b%25c%3Fd%23e');
assert.strictEqual(url.pathToFileURL('/tmp/x/').href, 'file:///tmp/x/');
assert.strictEqual(url.pathToFileURL('rel').href, url.pathToFileURL(path.resolve('rel')).href);
assert.strictEqual(url.pathToFileURL('C:\\a b\\c', { windows: true }).href, 'file:///C:/a%20b/c');
assert.strictEqual(url.pathToFileURL('\\\\server\\share\\f', { windows: true }).href,
                   'file://server/share/f');
for (const p of ['/x y/z', '/é/€', '/%25']) {
  assert.strictEqual(url.fileURLToPath(url.pathToFileURL(p)), p);
}

const o = url.urlToHttpOptions(new URL('http://a:b@[::1]:90/x?y#z'));
assert.deepStrictEqual({ ...o }, {
  protocol: 'http:', hostname: '::1', hash: '#z', search: '?y', pathname: '/x', path: '/x?y',
  href: 'http://a:b@[::1]:90/x?y#z', port: 90, auth: 'a:b',
});
assert.strictEqual(Object.getPrototypeOf(o), null);

assert.strictEqual(url.domainToASCII('münchen.de'), 'xn--mnchen-3ya.de');
assert.strictEqual(url.domainToASCII('xn--iñvalid.com'), '');
assert.strictEqual(url.domainToUnicode('xn--mnchen-3ya.de'), 'münchen.de');
assert.strictEqual(url.domainToUnicode('xn--iñvalid.com'), '');
