'use strict';
// toascii.json and percent-encoding.json through the URL parser, the host setters and
// url.domainToASCII / domainToUnicode. Characters whose UTS #46 mapping changed in Unicode 15.1
// are skipped: nodus follows the corpus there, Node 22's IDNA tables are older.
const url = require('url');
const toascii = require('../../../shared/data/wpt/url/toascii.json');
const percent = require('../../../shared/data/wpt/url/percent-encoding.json');

const kUnicode151 = /[\u1E9E\u04C0\u2183\u180E\u206A-\u206F]|\uD87E\uDC68/;

for (const t of toascii) {
  if (typeof t !== 'object') continue;
  const label = JSON.stringify(t.input);
  if (kUnicode151.test(t.input)) {
    console.log(`${label} skipped`);
    continue;
  }
  let parsed;
  try {
    parsed = new URL(`https://${t.input}/x`).host;
  } catch {
    parsed = 'failure';
  }
  const u = new URL('https://x/x');
  u.host = t.input;
  const v = new URL('https://x/x');
  v.hostname = t.input;
  console.log(label, JSON.stringify([parsed, u.host, v.hostname, url.domainToASCII(t.input),
                                     url.domainToUnicode(t.input), t.output]));
}

for (const t of percent) {
  if (typeof t !== 'object') continue;
  const u = new URL(`https://doesnotmatter.invalid/?${t.input}#${t.input}`);
  console.log(JSON.stringify(t.input), u.search, u.hash, t.output['utf-8']);
}
