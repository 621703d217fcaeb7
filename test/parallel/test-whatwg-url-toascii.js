'use strict';
// toascii.json: hosts through the URL parser and the host/hostname setters. Characters whose
// UTS #46 mapping changed in Unicode 15.1 are checked under nodus only.
require('../common');
const assert = require('assert');
const data = require('../../../shared/data/wpt/url/toascii.json');

const isNodus = process.versions.nodus !== undefined;
const kUnicode151 = /[\u1E9E\u04C0\u2183\u180E\u206A-\u206F]|\uD87E\uDC68/;
for (const t of data) {
  if (typeof t !== 'object') continue;
  if (kUnicode151.test(t.input) && !isNodus) continue;
  const host = new URL('https://x/x');
  host.host = t.input;
  const hostname = new URL('https://x/x');
  hostname.hostname = t.input;
  if (t.output === null) {
    assert.throws(() => new URL(`https://${t.input}/x`), { code: 'ERR_INVALID_URL' }, t.input);
    assert.strictEqual(host.host, 'x');
    assert.strictEqual(hostname.host, 'x');
  } else {
    assert.strictEqual(new URL(`https://${t.input}/x`).host, t.output, t.input);
    assert.strictEqual(host.host, t.output, t.input);
    assert.strictEqual(hostname.hostname, t.output, t.input);
  }
}
