'use strict';
// A response whose client reset the connection before it was written: the server's socket
// fails with the write's error, and the response still closes. (The client is in this process,
// so nodus writes at once, as node; a poll phase's writes to a client in another process are
// gathered and sent after it, and their failure is reported then.)
const http = require('http');
const net = require('net');

let n = 0;
let client;
const server = http.createServer((req, res) => {
  if (++n === 1) return res.end('first');
  req.socket.on('error', (e) => console.log('server socket error', e.code, e.syscall, e.message));
  req.socket.on('close', () => server.close(() => console.log('server closed')));
  res.on('close', () => console.log('response close; writableFinished', res.writableFinished));
  client.resetAndDestroy();  // the RST reaches the server's socket at once (loopback)
  res.end('second');
  console.log('ended');
});
server.listen(0, '127.0.0.1', () => {
  client = net.connect(server.address().port, '127.0.0.1');
  let got = '';
  client.setEncoding('latin1');
  client.on('data', (d) => {
    got += d;
    if (got.endsWith('first')) {
      console.log('first response');
      client.write('GET /2 HTTP/1.1\r\nHost: x\r\n\r\n');
    }
  });
  client.on('close', () => console.log('client closed'));
  client.write('GET /1 HTTP/1.1\r\nHost: x\r\n\r\n');
});
