'use strict';
// Responses without header fields of the handler's on one keep-alive connection: each one's
// header bytes (Date blanked) follow its own status, body length, sendDate and keep-alive
// state, whatever the response before it sent.
const http = require('http');
const net = require('net');

const plans = [
  (res) => res.end('Hello World'),
  (res) => res.end('Hello World'),
  (res) => res.end('Hello'),
  (res) => { res.statusCode = 404; res.end('Hello'); },
  (res) => { res.statusMessage = 'Fine'; res.end('Hello'); },
  (res) => { res.sendDate = false; res.end('Hello'); },
  (res) => res.writeHead(201, null).end('x'),
  (res) => res.writeHead(201, {}).end('x'),
  (res) => res.writeHead(201, 'Made', []).end('x'),
  (res) => { res.write('a'); res.end('b'); },
  (res) => res.end(),
  (res) => res.end('\u00e9'),
  (res) => { res.shouldKeepAlive = false; res.end('last'); },
];
let i = 0;
const server = http.createServer((req, res) => plans[i++](res));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let got = '';
  let sent = 0;
  function next() {
    c.write(`GET /${sent} HTTP/1.1\r\nHost: x\r\n\r\n`);
    sent++;
  }
  c.setEncoding('latin1');
  c.on('data', (d) => {
    got += d;
    const responses = got.split('HTTP/1.1 ').length - 1;
    if (responses === sent && sent < plans.length && /\r\n\r\n[^]*$/.test(got)) next();
  });
  c.on('end', () => {
    console.log(got.replace(/Date: [^\r]*/g, 'Date: -'));
    server.close();
  });
  next();
});
