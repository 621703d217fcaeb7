'use strict';
// Responses to many connections in one poll phase, where the clients of half of them reset
// their connection: those fail with the send's error (ECONNRESET, on a write), the others'
// responses arrive whole. (nodus sends a poll phase's responses to clients in another process
// together, through one io_uring submission, and reports a failed send at the check phase.)
// The server stops reading its sockets after each request, so it learns of a reset only by
// writing.
const http = require('http');
const net = require('net');
const { spawn } = require('child_process');

const CONNS = 12;

if (process.argv[2] === 'client') {
  const port = +process.argv[3];
  const ctlPort = +process.argv[4];
  const sockets = [];
  let connected = 0;
  for (let c = 0; c < CONNS; c++) {
    const s = net.connect(port, '127.0.0.1');
    sockets.push(s);
    s.setEncoding('latin1');
    s.got = '';
    s.on('data', (d) => { s.got += d; });
    s.on('error', () => {});
    s.on('connect', () => {
      s.write(`GET /${c} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
      if (++connected === CONNS) control();
    });
  }
  function control() {
    const ctl = net.connect(ctlPort, '127.0.0.1');
    ctl.setEncoding('latin1');
    ctl.on('data', (d) => {
      if (d.includes('ready')) {  // the server has every request: reset the odd ones
        sockets.forEach((s, c) => { if (c % 2 === 1) s.resetAndDestroy(); });
        setTimeout(() => ctl.write('go'), 100);
      }
    });
    const lines = [];
    sockets.forEach((s, c) => {
      if (c % 2 === 1) return;
      s.on('close', () => {
        lines[c] = `client ${c}: ${s.got.endsWith(`\r\n\r\nhello ${c}`) ? 'got its response' : 'WRONG ' + JSON.stringify(s.got)}`;
        if (Object.keys(lines).length === CONNS / 2) {
          console.log(lines.filter(Boolean).join('\n'));
          ctl.end();
        }
      });
    });
  }
  return;
}

const waiting = [];
let ctl = null;
const ready = () => {
  if (ctl !== null && waiting.length === CONNS) ctl.write('ready');
};
const server = http.createServer((req, res) => {
  req.socket._handle.readStop();  // (the HTTP parser reads the handle itself)
  const c = +req.url.slice(1);
  req.socket.on('error', (e) => console.log(`server ${c}: error ${e.code} ${e.syscall}`));
  waiting.push([c, res]);
  ready();
});
// The control connection, on a server of its own.
const control = net.createServer((socket) => {
  ctl = socket;
  socket.on('data', () => {  // 'go': every response in this one poll phase
    waiting.sort((a, b) => a[0] - b[0]);
    for (const [c, res] of waiting) res.end(`hello ${c}`);
  });
  socket.on('end', () => {
    control.close();
    server.close(() => console.log('server closed'));
  });
  ready();
});
server.listen(0, '127.0.0.1', () => control.listen(0, '127.0.0.1', () => {
  const child = spawn(process.execPath,
                      [__filename, 'client', server.address().port, control.address().port],
                      { stdio: 'inherit' });
  child.on('exit', (code) => console.log('client exit', code));
}));
