'use strict';
// The WebSocket client (the global; http.WebSocket is the same class) against a hand-written server:
// the opening handshake, text/binary/Blob sends, binaryType, fragmented messages with a ping in
// between, closing from either side, a dropped connection, invalid UTF-8, constructor/close()
// argument errors and CloseEvent. (Where node 22 never fires 'close' - a refused handshake, close()
// while connecting - nodus follows the spec: 'error', then 'close' with 1006.)
const http = require('http');
const crypto = require('crypto');

function frame(opcode, payload, fin = true) {
  payload = Buffer.from(payload);
  const head = [(fin ? 0x80 : 0) | opcode];
  if (payload.length < 126) head.push(payload.length);
  else head.push(126, payload.length >> 8, payload.length & 255);
  return Buffer.concat([Buffer.from(head), payload]);
}

// Unmasks the client's frames (one per chunk is enough here).
function parse(buf) {
  const out = [];
  while (buf.length >= 2) {
    let len = buf[1] & 127;
    let off = 2;
    if (len === 126) { len = buf.readUInt16BE(2); off = 4; }
    const masked = (buf[1] & 128) !== 0;
    const mask = buf.subarray(off, off + 4);
    off += 4;
    const data = Buffer.from(buf.subarray(off, off + len));
    for (let i = 0; i < data.length; i++) data[i] ^= mask[i & 3];
    out.push({ fin: (buf[0] & 128) !== 0, opcode: buf[0] & 15, masked, data });
    buf = buf.subarray(off + len);
  }
  return out;
}

// Server-side notes, printed after each connection's 'close' (their interleaving with the client's
// events depends on scheduling).
let serverLog = [];
const scenarios = {
  echo(socket, msg) {
    if (msg.opcode === 8) {
      serverLog.push(['server: close from client', msg.data.length >= 2 ? msg.data.readUInt16BE(0) : '-', JSON.stringify(msg.data.subarray(2).toString())].join(' '));
      socket.end(frame(8, msg.data));
      return;
    }
    serverLog.push(['server: frame', msg.opcode, msg.fin, msg.masked, JSON.stringify(msg.opcode === 1 ? msg.data.toString() : [...msg.data])].join(' '));
    if (msg.opcode === 10) return;
    socket.write(frame(msg.opcode, msg.data));
  },
};

const server = http.createServer();
server.on('upgrade', (req, socket) => {
  const accept = crypto.createHash('sha1').update(`${req.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
  const path = req.url;
  serverLog.push(['server: upgrade', path, req.headers['sec-websocket-version'], req.headers['sec-websocket-protocol']].join(' '));
  if (path === '/refuse') {
    socket.write('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n', () => socket.destroy());
    return;
  }
  if (path === '/bad-accept') {
    socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: nope\r\n\r\n', () => socket.destroy());
    return;
  }
  const offered = req.headers['sec-websocket-protocol'];
  const proto = offered ? `Sec-WebSocket-Protocol: ${offered.split(', ').pop()}\r\n` : '';
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n${proto}\r\n`);
  if (path === '/server-close') {
    socket.write(frame(1, 'first'));
    const code = Buffer.alloc(2); code.writeUInt16BE(4001);
    socket.write(frame(8, Buffer.concat([code, Buffer.from('going')])));
    socket.on('data', (d) => { for (const m of parse(d)) serverLog.push(['server: reply', m.opcode, m.data.readUInt16BE(0)].join(' ')); socket.end(); });
    return;
  }
  if (path === '/drop') { socket.destroy(); return; }
  if (path === '/bad-utf8') { socket.write(frame(1, Buffer.from([0xff, 0xfe]))); socket.on('data', (d) => { for (const m of parse(d)) serverLog.push(['server: got', m.opcode, m.data.length >= 2 ? m.data.readUInt16BE(0) : ''].join(' ')); }); socket.on('error', () => {}); return; }
  if (path === '/fragments') {
    socket.write(Buffer.concat([frame(1, 'frag', false), frame(9, 'p'), frame(0, 'ment', false), frame(0, 'ed')]));
    socket.write(Buffer.concat([frame(2, [1, 2], false), frame(0, [3])]));
  }
  socket.on('data', (d) => { for (const m of parse(d)) scenarios.echo(socket, m); });
  socket.on('error', () => {});
});

function describe(ev) {
  const parts = [ev.type, ev.constructor.name];
  if (ev.type === 'message') {
    const d = ev.data;
    parts.push(typeof d === 'string' ? JSON.stringify(d) : `${Object.prototype.toString.call(d)} ${d.byteLength ?? d.size}`);
    parts.push(ev.origin.replace(/:\d+$/, ':PORT'));
  }
  if (ev.type === 'close') parts.push(ev.code, JSON.stringify(ev.reason), ev.wasClean);
  if (ev.type === 'error') parts.push(JSON.stringify(ev.message));
  return parts.join(' ');
}

function open(path, protocols, script) {
  return new Promise((resolve) => {
    const url = `ws://localhost:${server.address().port}${path}`;
    const ws = new WebSocket(url, protocols);
    console.log(`${path}: readyState ${ws.readyState}, binaryType ${ws.binaryType}`);
    for (const type of ['open', 'message', 'error', 'close']) {
      ws.addEventListener(type, (ev) => {
        console.log(`  ${describe(ev)} readyState ${ws.readyState}`);
        if (type === 'open') {
          console.log(`  protocol ${JSON.stringify(ws.protocol)} extensions ${JSON.stringify(ws.extensions)}`);
          script(ws);
        }
        if (type === 'message' && ws.onscript) ws.onscript(ev);
        if (type === 'close') {
          for (const line of serverLog) console.log(`  ${line}`);
          serverLog = [];
          resolve();
        }
      });
    }
  });
}

server.listen(0, async () => {
  await open('/echo', ['one', 'two'], (ws) => {
    ws.send('text');
    ws.send(new Uint8Array([1, 2, 3]));
    ws.send(new ArrayBuffer(2));
    ws.send(new Blob(['blob']));
    ws.send('after blob');
    console.log('  bufferedAmount > 0', ws.bufferedAmount > 0);
    let n = 0;
    ws.onscript = () => {
      if (++n === 2) ws.binaryType = 'arraybuffer';
      if (n === 5) ws.close(3000, 'done');
    };
  });
  await open('/proto', ['one', 'two'], (ws) => ws.close());
  await open('/server-close', undefined, () => {});
  await open('/fragments', undefined, (ws) => {
    let n = 0;
    ws.binaryType = 'arraybuffer';
    ws.onscript = () => { if (++n === 2) ws.close(); };
  });
  // (A refused handshake: node 22 fires 'error' but never 'close', so it is not run here.)
  await open('/drop', undefined, () => {});
  await open('/bad-utf8', undefined, () => {});
  server.close();
});

const ws = new WebSocket('ws://localhost:1');
ws.onerror = () => {};
for (const [label, fn] of [
  ['send connecting', () => ws.send('x')],
  ['close 999', () => ws.close(999)],
  ['close 1001', () => ws.close(1001)],
  ['close 5000', () => ws.close(5000)],
  ['close long reason', () => ws.close(1000, 'x'.repeat(124))],
  ['url ftp', () => new WebSocket('ftp://x')],
  ['url fragment', () => new WebSocket('ws://x/#f')],
  ['dup protocol', () => new WebSocket('ws://x', ['a', 'a'])],
  ['bad protocol', () => new WebSocket('ws://x', 'a b')],
  ['bad url', () => new WebSocket('notaurl')],
  ['no args', () => new WebSocket()],
]) {
  try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
const h = new WebSocket('http://localhost:1/x?y');
h.onerror = () => {};
console.log(h.url, WebSocket.CONNECTING, WebSocket.OPEN, WebSocket.CLOSING, WebSocket.CLOSED, h.CLOSED, require('http').WebSocket === WebSocket, typeof globalThis.CloseEvent);
const { CloseEvent } = require('http');
h.binaryType = 'nope';
console.log(h.binaryType);
const ce = new CloseEvent('close', { code: 4000, reason: 'r', wasClean: true });
console.log(ce.type, ce.code, ce.reason, ce.wasClean, new CloseEvent('x').code, new CloseEvent('x').reason, new CloseEvent('x').wasClean);
h.close(); ws.close();
