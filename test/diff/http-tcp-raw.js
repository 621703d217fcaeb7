'use strict';
// A raw TCP client against an http.Server: pipelined requests with bodies, a malformed request
// (node's 400 bytes) and an upgrade with bytes after the head.
const net = require('net');
const http = require('http');
const server = http.createServer((req, res) => { let n = 0; req.on('data', (d) => n += d.length); req.on('end', () => res.end(req.url + ' ' + n)); });
server.on('upgrade', (req, socket, head) => { socket.end('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: x\r\n\r\nhead=' + head); });
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const send = (data) => new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.end(data));
    let out = '';
    c.on('data', (d) => out += d);
    c.on('close', () => resolve(out.replace(/Date: [^\r]*\r\n/g, '')));
  });
  console.log(JSON.stringify(await send('GET /1 HTTP/1.1\r\nHost: x\r\n\r\nPOST /2 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabcGET /3 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')));
  console.log(JSON.stringify(await send('BAD\r\n\r\n')));
  console.log(JSON.stringify(await send('GET /u HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: x\r\n\r\nrest')));
  server.close();
});
