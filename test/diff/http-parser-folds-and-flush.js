'use strict';
// Flags: --no-deprecation
// The HTTP parser as node's llhttp reads some corners:
// - the insecure parser's obs-fold starts a special header's value afresh: a second
//   Content-Length, a Transfer-Encoding no longer chunked, a new Connection token;
// - whitespace before a byte the insecure parser lets through stays before it;
// - data after `Connection: close` counts the offending byte as parsed;
// - once headers went to JS through kOnHeaders (trailers here), every later message on that
//   parser hands its headers over that way too, until initialize() (and a server still sees
//   the same requests).
const http = require('http');
const { parserEvents } = require('../fixtures/http_parser/events.js');
const run = (type, input, lenient, reuse) => {
  console.log(JSON.stringify(parserEvents(type, input, lenient, reuse)));
  return reuse;
};

const folds = [
  'Content-Length: 5\r\n\t\r\n', 'Content-Length: 5\r\n 6\r\n', 'Content-Length: 5 \r\n \r\n', 'Content-Length:\r\n 5\r\n',
  'Transfer-Encoding: chunked\r\n \r\n', 'Transfer-Encoding: gzip,\r\n chunked\r\n', 'Transfer-Encoding: chunked\r\n ,\r\n',
  'Transfer-Encoding: gzip\r\n chunked\r\n', 'Connection: x\r\n close\r\n', 'Connection: close\r\n x\r\n', 'Connection: close\r\n \r\n',
  'X: a\r\n \x13b\r\n', 'X: a \r\n \x13 b\r\n', 'X: kHost: \x13eep\xf5alive\r\n',
];
for (const lenient of [1, 9, 35]) {
  for (const h of folds) {
    run('req', `POST / HTTP/1.1\r\nHost: a\r\n${h}\r\n5\r\nhello\r\n0\r\n\r\n`, lenient);
    run('res', `HTTP/1.1 200 OK\r\n${h}\r\n5\r\nhello\r\n0\r\n\r\n`, lenient);
  }
}
for (const tail of ['5', 'GET', 'x'])
  run('req', `GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n${tail}`, 0);

const chunked = 'POST /t HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\nX-T: 1\r\n\r\n';
const next = 'GET /b HTTP/1.1\r\nHost: b\r\n\r\nGET /c HTTP/1.1\r\nHost: c\r\n\r\n';
const { HTTPParser } = process.binding('http_parser');
const p = new HTTPParser();
run('req', chunked + next, 0, p);
run('req', next, 0, p);  // initialize() again: headers in kOnHeadersComplete once more

const server = http.createServer((req, res) => {
  const body = [];
  req.on('data', (c) => body.push(c));
  req.on('end', () => {
    console.log(req.method, req.url, JSON.stringify(req.headers), JSON.stringify(req.rawHeaders),
                JSON.stringify(req.trailers), Buffer.concat(body).toString());
    res.end(req.url);
  });
});
server.listen(0, '127.0.0.1', () => {
  const net = require('net');
  const s = net.connect(server.address().port, '127.0.0.1', () => {
    s.write(chunked + 'GET /b?x=1 HTTP/1.1\r\nHost: b\r\nX-Many: 1\r\n\r\n' +
            'POST /c HTTP/1.1\r\nHost: c\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc');
  });
  let got = '';
  s.on('data', (d) => { got += d; });
  s.on('end', () => {
    console.log(got.split('\r\n').filter((l) => !l.startsWith('Date:')).join('|'));
    server.close();
  });
});
