'use strict';
// What a handler sees around res.end(string): events on the response and the socket, callbacks
// and ticks in order, the stream state right after end(), for a small body, a body larger than
// the socket takes at once, a HEAD request, and a response on a closing connection.
const http = require('http');
const net = require('net');

const log = [];
const clientLog = [];
const big = 'x'.repeat(16 * 1024 * 1024) + '\u00e9\u20ac';
let n = 0;
const server = http.createServer((req, res) => {
  const tag = `${++n} ${req.method} ${req.url}`;
  const socket = res.socket;
  for (const ev of ['prefinish', 'finish', 'close']) res.on(ev, () => log.push(`${tag}: res ${ev}`));
  socket.once('drain', () => log.push(`${tag}: socket drain`));
  process.nextTick(() => log.push(`${tag}: tick queued before end`));
  const body = req.url === '/big' ? big : 'hello \u00e9';
  const ret = res.end(body, () => log.push(`${tag}: end callback`));
  log.push(`${tag}: end returned res ${ret === res}, headersSent ${res.headersSent}, ` +
           `writableEnded ${res.writableEnded}, writableFinished ${res.writableFinished}, ` +
           `socket corked ${socket.writableCorked}`);
  process.nextTick(() => log.push(`${tag}: tick queued after end`));
  Promise.resolve().then(() => log.push(`${tag}: microtask after end`));
});

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const requests = [
    'GET /small HTTP/1.1\r\nHost: a\r\n\r\n',
    'GET /big HTTP/1.1\r\nHost: a\r\n\r\n',
    'HEAD /head HTTP/1.1\r\nHost: a\r\n\r\n',
    'GET /last HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n',
  ];
  let sent = 0;
  const next = () => c.write(requests[sent++]);
  // The current response's chunks, joined once it is complete (joining at every read made the
  // 16 MiB body quadratic: seconds under a sanitizer, past the server's keep-alive timeout).
  let chunks = [];
  let bytes = 0;
  let head = null;
  c.on('data', (d) => {
    chunks.push(d);
    bytes += d.length;
    if (!head) {
      const buf = Buffer.concat(chunks);
      chunks = [buf];
      const text = buf.toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      if (end < 0) return;
      const m = /Content-Length: (\d+)\r\n/.exec(text.slice(0, end + 2));
      const isHead = sent === 3;
      head = { status: text.slice(0, text.indexOf('\r\n')), length: m ? m[1] : 'none', start: end + 4,
               need: end + 4 + (m && !isHead ? Number(m[1]) : 0) };
    }
    // One request at a time: the next goes once this response is complete.
    if (bytes < head.need) return;
    const all = Buffer.concat(chunks);
    const body = all.subarray(head.start, head.need);
    clientLog.push(`client: ${head.status}, Content-Length ${head.length}, body bytes ${body.length}, ` +
             `last bytes ${JSON.stringify(body.subarray(-6).toString('utf8'))}`);
    chunks = [all.subarray(head.need)];
    bytes = chunks[0].length;
    head = null;
    if (sent < requests.length) next();
  });
  c.on('end', () => clientLog.push('client: end'));
  c.on('close', () => {
    server.close(() => {
      for (const line of log) console.log(line);
      for (const line of clientLog) console.log(line);
    });
  });
  next();
});
