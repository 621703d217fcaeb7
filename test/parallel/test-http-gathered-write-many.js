'use strict';
// Many connections whose requests arrive together: each gets its own response, whole and in
// order, over several rounds on the same keep-alive connections (in the last round two
// pipelined requests a write), with bodies of a few sizes. The client writes every connection's
// requests in one go, so the server reads them all in one poll phase (nodus gathers a poll
// phase's responses and sends them in batches of 32 connections: this is the path with several
// batches). The client is another process: nodus does not gather for a client in its own.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');
const { spawn } = require('child_process');

const CONNS = 100;
const ROUNDS = 4;
const server = http.createServer((req, res) => {
  const [, conn, round, n] = req.url.split('/');
  res.end(`${conn}.${round}.${n}:` + 'x'.repeat((+conn % 7) * 300));
});

function parse(s, onBody) {
  for (;;) {
    const end = s.buf.indexOf('\r\n\r\n');
    if (end < 0) return;
    const len = +/\r\nContent-Length: (\d+)/i.exec(s.buf.slice(0, end + 2))[1];
    const start = end + 4;
    if (s.buf.length < start + len) return;
    onBody(s.buf.slice(start, start + len));
    s.buf = s.buf.slice(start + len);
  }
}

let round = 0;
function client(port) {
  const sockets = [];
  let connected = 0;
  let answered = 0;
  const sendRound = () => {
    for (let c = 0; c < CONNS; c++) {
      sockets[c].write(`GET /${c}/${round}/0 HTTP/1.1\r\nHost: x\r\n\r\n` +
                       (round === ROUNDS - 1 ? `GET /${c}/${round}/1 HTTP/1.1\r\nHost: x\r\n\r\n` : ''));
    }
  };
  for (let c = 0; c < CONNS; c++) {
    const s = net.connect(port, '127.0.0.1');
    sockets.push(s);
    s.buf = '';
    s.got = 0;
    s.setEncoding('latin1');
    s.on('connect', () => {
      if (++connected === CONNS) sendRound();
    });
    s.on('data', (d) => {
      s.buf += d;
      parse(s, (body) => {
        const n = round === ROUNDS - 1 ? s.got++ % 2 : 0;
        const last = round === ROUNDS - 1 ? 1 : 0;
        assert.strictEqual(body, `${c}.${round}.${n}:` + 'x'.repeat((c % 7) * 300));
        if (n === last && ++answered === CONNS) {
          answered = 0;
          if (++round < ROUNDS) {
            sendRound();
          } else {
            for (const t of sockets) t.end();
          }
        }
      });
    });
  }
}

if (process.argv[2] === 'client') {
  client(+process.argv[3]);
  process.on('exit', () => assert.strictEqual(round, ROUNDS));
} else {
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    const child = spawn(process.execPath, [__filename, 'client', server.address().port],
                        { stdio: 'inherit' });
    child.on('exit', common.mustCall((code, signal) => {
      assert.strictEqual(code, 0);
      assert.strictEqual(signal, null);
      server.close();
    }));
  }));
}
