'use strict';
// querystring.parse decodes a value also when its key holds a second %XX escape (node's scanner
// quirk), which shows for values with non-ASCII characters and a stray '%'; url.parse(..., true)
// reaches it through its own escaping of the query.
const qs = require('querystring');
const url = require('url');
for (const s of ['%2//%7B%5C=éa%', '%7B%5C=éa%', '%7B=éa%', '%7B%5C=é', '%7B%5C%=é%', 'a%20%20=é%zz', 'a%20b%20=é+%',
  '%2/%7B=é', '%7B%2x=é', 'a=%7Bé%', 'a=é&%7B%7D=é%']) {
  console.log(JSON.stringify(s), JSON.stringify(qs.parse(s)));
}
console.log(JSON.stringify(url.parse('a?%2//{\\=éa%', true).query));
console.log(JSON.stringify(url.parse('http://h/?"é:{=~é%', true).query));
