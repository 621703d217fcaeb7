'use strict';
// Every case of the WPT parsing corpus (urltestdata.json) through new URL, URL.canParse and
// URL.parse. The corpus follows the current URL Standard; the few cases where Node 22 predates
// a change of the standard are checked against the corpus under nodus only.
require('../common');
const assert = require('assert');
const data = require('../../../shared/data/wpt/url/urltestdata.json');

const isNodus = process.versions.nodus !== undefined;
const kNewerThanNode22 = new Set([
  'non-special:opaque  ?hi', 'non-special:opaque  #hi', 'non-special:opaque \t\t  \t#hi',
  'non-special:opaque \t\t  #hi', 'non-special:opaque\t\t  \r #hi',
  'foo://host/ !"$%&\'()*+,-./:;<=>@[\\]^_`{|}~', 'wss://host/ !"$%&\'()*+,-./:;<=>@[\\]^_`{|}~',
]);
const keys = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'hash'];
let checked = 0;
for (const t of data) {
  if (typeof t !== 'object') continue;
  if (kNewerThanNode22.has(t.input) && !isNodus) continue;
  const args = t.base === null ? [t.input] : [t.input, t.base];
  if (t.failure) {
    assert.throws(() => new URL(...args), { code: 'ERR_INVALID_URL', input: t.input }, t.input);
    assert.strictEqual(URL.canParse(...args), false, t.input);
    assert.strictEqual(URL.parse(...args), null, t.input);
  } else {
    const u = new URL(...args);
    for (const k of keys) {
      if (t[k] !== undefined) assert.strictEqual(u[k], t[k], `${t.input} ${k}`);
    }
    assert.strictEqual(URL.canParse(...args), true, t.input);
    assert.strictEqual(URL.parse(...args).href, u.href);
    // The serialisation parses back to itself.
    assert.strictEqual(new URL(u.href).href, u.href);
  }
  checked++;
}
assert(checked >= 870, `${checked}`);

// urltestdata-javascript-only.json: lone surrogates in the input become U+FFFD.
for (const t of require('../../../shared/data/wpt/url/urltestdata-javascript-only.json')) {
  if (typeof t !== 'object') continue;
  const u = t.base == null ? new URL(t.input) : new URL(t.input, t.base);
  for (const k of keys) {
    if (t[k] !== undefined) assert.strictEqual(u[k], t[k], `${t.input} ${k}`);
  }
}
