'use strict';
// What http.get makes of responses at the edges of the grammar, as node 22's parser reads them:
// empty chunk-extension values, a trailing comma after "chunked", status codes below 100, bodies
// of 1xx codes past 103, header fields in trailers, bad versions (err.bytesParsed included).
const http = require('http');
const net = require('net');

const responses = [
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=\r\nhello\r\n3;a=;b\r\nabc\r\n0\r\n\r\n',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked,\r\n\r\n3\r\nabc\r\n0\r\n\r\n',
  'HTTP/1.1 099 Odd\r\nContent-Length: 2\r\n\r\nok',
  'HTTP/1.1 104 Odd\r\nContent-Length: 5\r\n\r\nhello',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\nX-Sum: 1\r\nContent-Length: 3\r\n\r\n',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\nX-Sum: 1\r\n\r\n',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding:\r\n\r\nabc',
  'HTTP/1.2 200 OK\r\n\r\n',
  'HTTP/1.1 200 OK\r\nUpgrade : x\r\n\r\n',
  'HTTP/1.1 200\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 200 OK\r\n\tX: y\r\n\r\n',
];

let i = 0;
const server = net.createServer((socket) => {
  const data = responses[i];
  socket.once('data', () => socket.end(data));
  socket.on('error', () => {});
});
server.listen(0, '127.0.0.1', next);

function next() {
  if (i === responses.length) {
    server.close();
    return;
  }
  const out = [];
  let reported = false;
  const report = () => {
    if (reported) return;
    reported = true;
    console.log(JSON.stringify(responses[i]));
    for (const line of out) console.log('  ', JSON.stringify(line));
    i++;
    setImmediate(next);
  };
  const req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
    out.push(['response', res.statusCode, res.statusMessage, res.rawHeaders]);
    let body = '';
    res.setEncoding('latin1');
    res.on('data', (d) => { body += d; });
    res.on('end', () => out.push(['end', body, res.rawTrailers, res.complete]));
    res.on('error', (e) => out.push(['response error', e.code, e.message]));
    res.on('close', () => setImmediate(report));
  });
  req.on('error', (e) => {
    out.push(['error', e.code, e.message, e.bytesParsed, e.reason]);
    setImmediate(report);
  });
}
