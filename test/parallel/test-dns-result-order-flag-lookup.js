'use strict';
// --dns-result-order is the order dns.lookup uses when the call does not give one: with
// ipv4first every IPv4 address comes before every IPv6 one, and ipv6first the reverse.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const script = `
const dns = require('dns');
dns.lookup('localhost', { all: true }, (err, addrs) => {
  if (err) throw err;
  console.log(JSON.stringify(addrs.map((a) => a.family)));
});`;
for (const [order, first] of [['ipv4first', 4], ['ipv6first', 6]]) {
  const r = spawnSync(process.execPath, [`--dns-result-order=${order}`, '-e', script],
                      { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  const families = JSON.parse(r.stdout);
  assert.ok(families.length > 0);
  const firstOther = families.findIndex((f) => f !== first);
  if (firstOther !== -1) {
    assert.ok(families.slice(firstOther).every((f) => f !== first), `${order}: ${families}`);
  }
}
