// Differential fuzzing of the HTTP parser binding against node 22's: random mutations of valid
// requests and responses (with and without lenient flags), one line per case with the events the
// parser reported. tools/difffuzz-http-parser.sh runs it under both runtimes and prints the cases
// where they differ beyond the error's byte position.
//   usage: <runtime> --no-deprecation tools/difffuzz-http-parser.js SEED COUNT
const { parserEvents } = require('../test/fixtures/http_parser/events.js');
const { N, rnd, ri, pick } = require('./difffuzz-lib')(5000);
const seeds = [
  ['req', 'GET / HTTP/1.1\r\nHost: a\r\n\r\n'],
  ['req', 'POST /x?y=1 HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello'],
  ['req', 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n0\r\nX-T: 1\r\n\r\n'],
  ['req', 'GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n'],
  ['req', 'PUT /a%20b HTTP/1.1\r\nHost: a\r\nA: 1\r\nA: 2\r\nContent-Length: 0\r\n\r\n'],
  ['req', 'GET / HTTP/1.1\r\nHost: a\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\nxyz'],
  ['req', 'CONNECT a:443 HTTP/1.1\r\nHost: a\r\n\r\nxyz'],
  ['res', 'HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc'],
  ['res', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n'],
  ['res', 'HTTP/1.0 404 Not Found\r\nConnection: close\r\n\r\nbody'],
  ['res', 'HTTP/1.1 101 Switching\r\nUpgrade: x\r\nConnection: upgrade\r\n\r\nxx'],
  ['res', 'HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n'],
];
const toks = ['\r\n', '\n', '\r', ' ', '\t', ':', '\x00', '\x7f', '\xff', '0', '1', 'f', '-1', '+1', 'Content-Length: 3', 'Content-Length: 00', 'Transfer-Encoding: chunked', 'Transfer-Encoding: gzip, chunked', 'Transfer-Encoding: chunked, gzip', 'chunked', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'GET', 'CONNECT', 'a', '%', '/', '?', '#', '\r\n\r\n', 'ffffffffffffffffff', 'Host: b', ';', '=', '"', '\\', 'Expect: 100-continue', 'Upgrade: x', 'Connection: upgrade', 'Connection: close', 'Connection: keep-alive', ',', 'x'];
function mutate(s) {
  for (let k = 1 + ri(4); k > 0; k--) {
    const op = rnd(), i = ri(s.length + 1);
    if (op < 0.3 && s.length > 1) s = s.slice(0, i) + s.slice(i + 1 + ri(3));
    else if (op < 0.75) s = s.slice(0, i) + pick(toks) + s.slice(i);
    else if (i < s.length) s = s.slice(0, i) + String.fromCharCode(ri(256)) + s.slice(i + 1);
  }
  return s;
}
const run = (type, input, lenient) => parserEvents(type, input, lenient);
for (let i = 0; i < N; i++) {
  const [type, s] = pick(seeds);
  let input = mutate(s);
  if (rnd() < 0.2) input += mutate(pick(seeds)[1]);
  const lenient = rnd() < 0.1 ? ri(256) : 0;
  let out;
  try { out = JSON.stringify(run(type, input, lenient)); } catch (e) { out = 'THROW ' + e.message; }
  console.log(JSON.stringify([type, input, lenient]) + '\t' + out);
}
