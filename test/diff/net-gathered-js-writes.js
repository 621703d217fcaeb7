'use strict';
// A poll phase's writes of every kind to a client in another process (which nodus gathers and
// sends after the poll phase): a Buffer, a string, a corked pair (one writev), an http response
// written as writeHead + write + end() (Fastify's shape), then on the raw connections an end()
// or a destroy() in the same callback: the client gets every byte, in order, before the end.
const http = require('http');
const net = require('net');
const { spawn } = require('child_process');

if (process.argv[2] === 'client') {
  const [rawPort, httpPort] = process.argv.slice(3).map(Number);
  const results = [];
  let pending = 3;
  const done = () => { if (--pending === 0) console.log(results.sort().join('\n')); };
  for (const how of ['end', 'destroy']) {
    const s = net.connect(rawPort, '127.0.0.1');
    let got = '';
    s.setEncoding('latin1');
    s.on('data', (d) => { got += d; });
    s.on('close', () => {
      results.push(`${how}: ${JSON.stringify(got.length > 80 ? got.slice(0, 40) + '...' + got.length : got)}`);
      done();
    });
    s.on('error', () => {});
    s.write(how);
  }
  const c = net.connect(httpPort, '127.0.0.1');
  let got = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { got += d; });
  c.on('end', () => {
    results.push(`http: ${JSON.stringify(got.replace(/\r\nDate: [^\r]*/g, ''))}`);
    done();
  });
  c.write('GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n' +
          'GET /c HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  return;
}

const log = [];  // the server's events, printed sorted (the connections race each other)
const raw = net.createServer((socket) => {
  socket.on('data', (d) => {
    const how = String(d);
    socket.write(Buffer.from('buffer;'));
    socket.write('string;', () => log.push(`server ${how}: write callback`));
    socket.cork();
    socket.write('corked-1;');
    socket.write(Buffer.from('corked-2;'));
    socket.uncork();
    socket.write('x'.repeat(30000));
    if (how === 'end') socket.end('bye');
    else socket.destroy();
  });
  socket.on('close', () => log.push('server raw: close'));
});
const server = http.createServer((req, res) => {
  const body = `body of ${req.url}`;
  res.writeHead(200, { 'Content-Length': body.length, 'Content-Type': 'text/plain' });
  log.push(`${req.url} write returned ${res.write(body)}`);
  res.end();
});
raw.listen(0, '127.0.0.1', () => server.listen(0, '127.0.0.1', () => {
  const child = spawn(process.execPath,
                      [__filename, 'client', raw.address().port, server.address().port],
                      { stdio: 'inherit' });
  child.on('exit', (code) => {
    console.log(log.sort().join('\n'));
    console.log('client exit', code);
    raw.close();
    server.close();
  });
}));
