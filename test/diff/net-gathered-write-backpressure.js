'use strict';
// Responses to many connections in one poll phase while their clients do not read: the kernel's
// buffers fill, so at some round a send takes only part of a response, then none, and the rest
// must queue behind it in order. (nodus sends a poll phase's responses to clients in another
// process together, through one io_uring submission; this is the path where those sends come
// back short or with EAGAIN.) Once the server has answered every round, the client reads
// everything and checks each connection got every response, whole and in order.
const http = require('http');
const net = require('net');
const { spawn } = require('child_process');

const CONNS = 8;
const ROUNDS = 70;
const CHUNK = 60 * 1024;  // a gathered response holds up to 64 KiB

function chunk(conn, round) {
  const head = `<${conn}.${round}>`;
  return head + String.fromCharCode(97 + ((conn + round) % 26)).repeat(CHUNK - head.length);
}

if (process.argv[2] === 'client') {
  const port = +process.argv[3];
  const sockets = [];
  let connected = 0;
  let done = 0;
  const results = [];
  const check = (s, c) => {
    let ok = true;
    let at = 0;
    for (let r = 0; ok && r < ROUNDS; r++) {
      const end = s.got.indexOf('\r\n\r\n', at);
      const head = s.got.slice(at, end);
      ok = end > 0 && head.startsWith('HTTP/1.1 200 OK\r\n') &&
        head.includes(`\r\nContent-Length: ${CHUNK}`) &&
        s.got.slice(end + 4, end + 4 + CHUNK) === chunk(c, r);
      at = end + 4 + CHUNK;
    }
    return ok && at === s.got.length;
  };
  for (let c = 0; c < CONNS; c++) {
    const s = net.connect(port, '127.0.0.1');
    sockets.push(s);
    s.setEncoding('latin1');
    s.pause();
    s.got = '';
    s.on('connect', () => {
      if (++connected === CONNS) tick(0);
    });
    s.on('data', (d) => {
      s.got += d;
      if (!(s.head > 0)) s.head = s.got.indexOf('\r\n\r\n');
      if (s.head > 0 && s.got.length === ROUNDS * (s.head + 4 + CHUNK)) s.end();
    });
    s.on('end', () => {
      results[c] = `conn ${c}: ${s.got.length} bytes, ${check(s, c) ? 'every response whole and in order' : 'WRONG'}`;
      if (++done === CONNS) console.log(results.join('\n'));
    });
  }
  // A request on every connection at once: the server reads them in one poll phase. Once all
  // are sent (the server stops reading when its responses back up), the client reads.
  function tick(round) {
    if (round === ROUNDS) {
      setTimeout(() => { for (const s of sockets) s.resume(); }, 200);
      return;
    }
    sockets.forEach((s, c) => s.write(`GET /${c}/${round} HTTP/1.1\r\nHost: x\r\n\r\n`));
    setTimeout(tick, 5, round + 1);
  }
  return;
}

const server = http.createServer((req, res) => {
  const [, conn, round] = req.url.split('/');
  res.sendDate = false;
  res.end(chunk(+conn, +round));
});
server.on('connection', (socket) => {
  socket.on('close', () => {
    if (--server.open === 0) server.close();
  });
});
server.open = CONNS;
server.listen(0, '127.0.0.1', () => {
  const child = spawn(process.execPath, [__filename, 'client', server.address().port],
                      { stdio: 'inherit' });
  child.on('exit', (code) => console.log('client exit', code));
});
