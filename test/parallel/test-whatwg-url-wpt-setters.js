'use strict';
// Every case of the WPT setter corpus (setters_tests.json); cases where Node 22 disagrees with
// the current URL Standard are checked under nodus only.
require('../common');
const assert = require('assert');
const data = require('../../../shared/data/wpt/url/setters_tests.json');

const isNodus = process.versions.nodus !== undefined;
function newerThanNode22(attr, t) {
  if ((attr === 'search' || attr === 'hash') && /^(data|sc):space/.test(t.href)) return true;
  if (attr === 'host' && t.href === 'foo://path/to' && t.new_value === ':80') return true;
  if (attr === 'port' && t.new_value === '\n\n\t\t') return true;
  if (attr === 'pathname' && (t.new_value.includes('^') || t.new_value === '/..')) return true;
  return false;
}
let checked = 0;
for (const [attr, list] of Object.entries(data)) {
  if (attr === 'comment') continue;
  for (const t of list) {
    if (newerThanNode22(attr, t) && !isNodus) continue;
    const u = new URL(t.href);
    u[attr] = t.new_value;
    for (const [k, v] of Object.entries(t.expected)) {
      assert.strictEqual(u[k], v, `${attr} = ${JSON.stringify(t.new_value)} on ${t.href}: ${k}`);
    }
    checked++;
  }
}
assert(checked >= 260, `${checked}`);
