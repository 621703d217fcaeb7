'use strict';
// Several clients connecting in one tick: node 22 accepts one pending connection per poll of the
// listening socket, so the server's 'connection' events interleave with the clients' events
// (connect, writes, responses) in a fixed order. TCP (http, 4 keep-alive sockets), a pipe server
// with raw clients, and a TCP server with maxConnections.
const http = require('http');
const net = require('net');
const path = require('path');
const os = require('os');
const fs = require('fs');

function httpCase(next) {
  const log = (...a) => console.log('http', ...a);
  const server = http.createServer((req, res) => { log('S request', req.url); res.end('x' + req.url); });
  server.on('connection', (s) => log('S connection', s.remotePort > 0));
  server.listen(0, '127.0.0.1', () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
    let done = 0;
    for (const i of [0, 1, 2, 3]) {
      const req = http.request({ port: server.address().port, host: '127.0.0.1', agent, path: '/' + i }, (res) => {
        log('C response', i);
        res.setEncoding('utf8');
        res.on('data', (d) => log('C data', i, d));
        res.on('end', () => {
          log('C end', i);
          if (++done === 4) { agent.destroy(); server.close(() => { log('S closed'); next(); }); }
        });
      });
      req.on('socket', (s) => { log('C socket', i); s.on('connect', () => log('C connect', i)); });
      req.on('finish', () => log('C finish', i));
      req.end();
    }
  });
}

function pipeCase(next) {
  const log = (...a) => console.log('pipe', ...a);
  const file = path.join(os.tmpdir(), `nodus-accept-${process.pid}.sock`);
  try { fs.unlinkSync(file); } catch {}
  let n = 0;
  const server = net.createServer((s) => {
    const id = n++;
    log('S connection', id);
    s.setEncoding('utf8');
    s.on('data', (d) => { log('S data', id, d); s.end('bye ' + d); });
  });
  server.listen(file, () => {
    let done = 0;
    for (const i of [0, 1, 2]) {
      const c = net.connect(file, () => { log('C connect', i); c.write('hi' + i); });
      c.setEncoding('utf8');
      c.on('data', (d) => log('C data', i, d));
      c.on('close', () => {
        log('C close', i);
        if (++done === 3) server.close(() => { log('S closed'); next(); });
      });
    }
  });
}

function maxConnCase(next) {
  const log = (...a) => console.log('max', ...a);
  let n = 0;
  const server = net.createServer((s) => {
    const id = n++;
    log('S connection', id);
    s.end('ok' + id);
  });
  server.maxConnections = 2;
  server.on('drop', (d) => log('S drop', typeof d.remotePort));
  server.listen(0, '127.0.0.1', () => {
    let done = 0;
    for (const i of [0, 1, 2, 3]) {
      const c = net.connect(server.address().port, '127.0.0.1', () => log('C connect', i));
      c.setEncoding('utf8');
      c.on('data', (d) => log('C data', i, d));
      c.on('error', (e) => log('C error', i, e.code));
      c.on('close', () => {
        log('C close', i);
        if (++done === 4) server.close(() => { log('S closed'); next(); });
      });
    }
  });
}

httpCase(() => pipeCase(() => maxConnCase(() => console.log('done'))));
